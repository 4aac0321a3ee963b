import { useTranslation } from 'react-i18next';
import { MAX_TITLE_LENGTH } from '../../common/api';

/** Search by title. The parent debounces before asking the host, so this field stays instant. */
export function SearchField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <input
      type="search"
      className="text-input search-input"
      value={value}
      maxLength={MAX_TITLE_LENGTH}
      placeholder={t('library.searchPlaceholder')}
      aria-label={t('library.search')}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && value) {
          event.preventDefault();
          onChange('');
        }
      }}
    />
  );
}
