import { useTranslation } from 'react-i18next';
import { choiceOfValue, choiceValue, type CategoryChoice } from './indicator-filter';

interface CategoryFilterProps {
  categories: string[];
  /** Offers 未分类 only when some indicator has no category. */
  withUncategorised: boolean;
  value: CategoryChoice;
  onChange: (choice: CategoryChoice) => void;
}

export function CategoryFilter({ categories, withUncategorised, value, onChange }: CategoryFilterProps) {
  const { t } = useTranslation();
  return (
    <select className="select" value={choiceValue(value)} aria-label={t('indicators.category')} onChange={(event) => onChange(choiceOfValue(event.target.value))} data-testid="indicator-category-filter">
      <option value={choiceValue({ kind: 'all' })}>{t('indicators.allCategories')}</option>
      {categories.map((name) => (
        <option key={name} value={choiceValue({ kind: 'category', name })}>
          {name}
        </option>
      ))}
      {withUncategorised && <option value={choiceValue({ kind: 'none' })}>{t('indicators.uncategorised')}</option>}
    </select>
  );
}
