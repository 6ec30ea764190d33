// An average over a head count (`人均`, `平均每名僱員`, `per employee`), for the two readers of one: rates.ts,
// which divides by any count of people in the average's paragraph, and averages-over-head-count.ts, which
// divides by the workforce's head count stated away from it.

/** Whom an average may be per, in the words of any reader: a member of a workforce, a person, a head. */
export const PER_PERSON = 'employee|person|capita|head|staff';

/** `人均`, `平均每人`, or `per` and one of `people` (alternatives of a pattern's source): an average over that head count. */
export const perHead = (people: string): RegExp => new RegExp(`人均|平均每(?:人|名|位)|\\bper\\s+(?:${people})\\b`, 'i');
