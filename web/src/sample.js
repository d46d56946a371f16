// An invented, neutral article to try the page with: a named spokeswoman, a pro-drop sequel, a quotation, and an
// anonymous official reached through a radio station.
export const sampleArticle = `أعلنت هيئة الأرصاد في إقليم السهول، مساء الأحد، أن موجة من الأمطار الغزيرة ستصل إلى المدن الساحلية خلال يومين.

وقالت المتحدثة باسم الهيئة الدكتورة سلمى الراشد إن "الأمطار قد تستمر حتى نهاية الأسبوع".

وأضافت أن فرق الطوارئ جاهزة للتعامل مع السيول.

ونقلت إذاعة الساحل عن مسؤول في الدفاع المدني قوله إن الدراسة ستعلق في بعض المدارس.
`;
