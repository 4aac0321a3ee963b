import type { Skeleton, VariableDefinition } from '../../common/api';
import { STANDARD_VARIABLES } from '../../common/variables';

export interface WizardVariable extends VariableDefinition {
  standard: boolean;
}

/**
 * The details the wizard asks for: every standard variable in the standard order (会议名称, 地区, 讲话人, 日期,
 * 回顾期间) — required where the skeleton's text needs it, optional otherwise — then the skeleton's own, in its order.
 */
export function wizardVariables(skeleton: Skeleton): WizardVariable[] {
  const declared = new Map(skeleton.variables.map((definition) => [definition.key, definition]));
  const standard = STANDARD_VARIABLES.map((key): WizardVariable => ({ ...(declared.get(key) ?? { key, required: false }), standard: true }));
  const own = skeleton.variables.filter((definition) => !(STANDARD_VARIABLES as readonly string[]).includes(definition.key)).map((definition) => ({ ...definition, standard: false }));
  return [...standard, ...own];
}

/** Required variables left empty (blank counts as empty). */
export function missingRequired(variables: readonly WizardVariable[], values: Readonly<Record<string, string>>): WizardVariable[] {
  return variables.filter((variable) => variable.required && !values[variable.key]?.trim());
}

/** The values to send: trimmed, empty ones left out. */
export function filledValues(values: Readonly<Record<string, string>>): Record<string, string> {
  const filled: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) if (value.trim()) filled[key] = value.trim();
  return filled;
}
