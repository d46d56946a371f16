// The page's Arabic words for the engine's codes.

export const kindLabels = {
  person: 'شخص',
  organization: 'جهة',
  outlet: 'وسيلة إعلام',
  anonymous: 'مصدر مجهول',
  document: 'وثيقة',
  unknown: 'غير محدد',
};

export const formLabels = {
  direct: 'نقل حرفي',
  indirect: 'نقل بالمعنى',
  mixed: 'مختلط',
};

export const roleLabels = {
  cue: 'فعل الإسناد',
  source: 'المصدر',
  mention: 'ذِكر المصدر',
  content: 'المضمون',
  relay: 'الناقل',
  entity: 'كيان',
};

/** Arabic-Indic digits for the statement numbers (أ١، أ٢ …). */
export function arabicNumber(n) {
  return String(n).replace(/[0-9]/g, (d) => '٠١٢٣٤٥٦٧٨٩'[d]);
}

/** The statement's label from its id ("a3" → "أ٣"). */
export function statementLabel(id) {
  const digits = String(id).replace(/^a/, '');
  return `أ${arabicNumber(digits)}`;
}
