/**
 * After an action taken from a text field (a note, an evidence reference, a correction), the keys
 * go back to the queue, so j/k and the decision keys work again without a click.
 */
import { QUEUE_LIST_ID } from '../queue/ClaimsQueue';
import { isTypingTarget } from '../shortcuts/keymap';

export function returnFocusToQueue(): void {
  const active = document.activeElement;
  if (active && active !== document.body && !isTypingTarget(active)) return;
  document.getElementById(QUEUE_LIST_ID)?.focus({ preventScroll: true });
}
