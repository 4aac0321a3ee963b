import type { Skeleton, VariableDefinition } from '../../common/api';
import { STANDARD_VARIABLES } from '../../common/variables';

export interface WizardVariable extends VariableDefinition {
  standard: boolean;
}

/**
 * The details the wizard asks for: the standard variables the skeleton's text uses, in the standard order
 * (会议名称, 地区, 讲话人, 日期, 回顾期间), then the skeleton's own, in its order. A variable the skeleton does not
 * use is left for the speech's settings: the host refuses values for variables a skeleton does not declare.
 */
export function wizardVariables(skeleton: Skeleton): WizardVariable[] {
  const declared = new Map(skeleton.variables.map((definition) => [definition.key, definition]));
  const standard = STANDARD_VARIABLES.flatMap((key): WizardVariable[] => {
    const definition = declared.get(key);
    return definition ? [{ ...definition, standard: true }] : [];
  });
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
