import { useTranslation } from 'react-i18next';
import type { InvitationRole } from '../../../common/invitations';

/** 只读 / 可评论 / 可编辑: what an invitation lets its holder do. */
export function RoleBadge({ role }: { role: InvitationRole }) {
  const { t } = useTranslation();
  return (
    <span className={`role-badge role-badge-${role}`} data-testid="role-badge" data-role={role}>
      {t(`access.role.${role}`)}
    </span>
  );
}
