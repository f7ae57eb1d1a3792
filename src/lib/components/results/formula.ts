/**
 * A result line's formula in the reader's language, from the engine's own figures (the engine's
 * `formula` string is English and meant for the CLI and the CSV): value of the factor × quantity in
 * the factor's unit = emissions, figures rounded for reading (6 significant digits at most, never
 * a 16-digit tail), and for a shared vehicle what each occupant carries.
 * No emission is computed here: the product is the engine's line, checked to agree before it is
 * written as one.
 */
import type { ResultLine } from '$lib/engine';
import type { Formatters } from '$lib/i18n/format';
import type { Translate } from '$lib/i18n';

export function lineFormula(line: ResultLine, t: Translate, fmt: Formatters): string {
	const unit = t(`results.units.${line.factor.unit}`);
	const value = fmt.number(line.factor.value, 6);
	const agrees =
		Math.abs(line.factor.value * line.quantity - line.kgCO2e) <= 1e-9 * Math.max(1, Math.abs(line.kgCO2e));
	const product = agrees
		? t('editor.formula.product', {
				value,
				unit,
				quantity: fmt.number(line.quantity, 2),
				kg: fmt.kg(line.kgCO2e)
			})
		: t('editor.formula.total', { value, unit, kg: fmt.kg(line.kgCO2e) });
	const occupants = line.quantities.occupants;
	return line.perPersonKg !== null && occupants !== undefined && occupants > 0 && line.quantities.vehicles
		? `${product} ; ${t('editor.formula.perPerson', { n: occupants, kg: fmt.kg(line.perPersonKg) })}`
		: product;
}
