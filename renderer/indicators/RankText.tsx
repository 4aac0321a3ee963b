import { useTranslation } from 'react-i18next';

/** 第3位/12 as speeches quote ranks among the city's districts; a rank without its count stands alone. */
export function RankText({ rank, rankOf }: { rank: number | null; rankOf: number | null }) {
  const { t } = useTranslation();
  if (rank === null) return <span className="figure-missing">{t('indicators.none')}</span>;
  return <>{rankOf === null ? t('indicators.rank', { rank }) : t('indicators.rankOf', { rank, of: rankOf })}</>;
}
