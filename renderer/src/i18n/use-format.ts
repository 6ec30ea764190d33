/** The locale formats (format.ts) bound to the UI's current language, for components. */
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatFigureValue, formatNumber, formatPercent } from './format';

/** The formatters bound to the UI's current language; components re-render when it changes. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return {
    locale,
    number: (value: number) => formatNumber(value, locale),
    value: (figure: { value: number; valueMax?: number }) => formatFigureValue(figure, locale),
    percent: (share: number) => formatPercent(share, locale),
    dateTime: (at: string | Date) => formatDateTime(at, locale),
  };
}
