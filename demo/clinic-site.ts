/**
 * The fictional "Example Clinic" site around the widgets: its languages and
 * the text of its own header, navigation and footer (demo-only strings, not
 * part of the library and not reviewed by a translator). Used by the clinic
 * page (demo/index.html, demo/clinic.ts) and by the embed builder's preview
 * (demo/embed.ts), which shows the snippet inside the same site.
 *
 * The widgets translate themselves (locales/*.xlf); this file only follows
 * the page's language for the site's chrome.
 */

/** The languages the site offers, in the order of its language switch. */
export const LANGUAGES = ['en', 'es', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language by its own name, as a language switch shows it. */
export const NATIVE_NAMES: Record<Language, string> = {en: 'English', es: 'Español', ar: 'العربية'};

/** The clinic's reserved demo number (555-01xx is set aside for fiction). */
export const PHONE = '+1 (555) 010-0199';
export const PHONE_HREF = 'tel:+15550100199';

/**
 * The site's language for a `?lang=` value: one of LANGUAGES (a regional
 * form such as `es-MX` is its language), anything else English.
 */
export function pickLanguage(value: string | null | undefined): Language {
  const primary = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}

export const directionOf = (language: Language): 'rtl' | 'ltr' => (language === 'ar' ? 'rtl' : 'ltr');

const en = {
  title: 'Dystonia | Example Clinic',
  skip: 'Skip to main content',
  tagline: 'Neurology',
  appointments: 'Appointments',
  language: 'Language',
  menu: 'Menu',
  mainMenu: 'Main menu',
  navConditions: 'Conditions',
  navTreatments: 'Treatments',
  navDoctors: 'Find a doctor',
  navPatients: 'Patients and visitors',
  navContact: 'Contact us',
  breadcrumb: 'Breadcrumb',
  home: 'Home',
  conditions: 'Conditions',
  dystonia: 'Dystonia',
  lede: 'What causes dystonia, its types and symptoms, and how our clinic can help.',
  translationNote: '',
  asideHeading: 'Make an appointment',
  asideText: 'Talk to our team about an assessment.',
  asideCall: 'Call us',
  asideRequest: 'Request an appointment',
  footerPatients: 'Patients and visitors',
  footerAbout: 'About us',
  footerContact: 'Contact us',
  footerPrivacy: 'Privacy policy',
  footerAccessibility: 'Accessibility',
  footerDevelopers: 'For developers',
  footerDeveloperPage: 'Every element on its own',
  footerBuilder: 'Embed builder',
  footerTranslations: 'Translation preview',
  fiction: 'Example Clinic is a fictional clinic: this page demonstrates dystonia-widgets.',
};

export type StringKey = keyof typeof en;

/** The site's text per language; the Spanish and Arabic are demo-only strings. */
export const STRINGS: Record<Language, Record<StringKey, string>> = {
  en,
  es: {
    title: 'Distonía | Example Clinic',
    skip: 'Saltar al contenido principal',
    tagline: 'Neurología',
    appointments: 'Citas',
    language: 'Idioma',
    menu: 'Menú',
    mainMenu: 'Menú principal',
    navConditions: 'Enfermedades',
    navTreatments: 'Tratamientos',
    navDoctors: 'Buscar un médico',
    navPatients: 'Pacientes y visitantes',
    navContact: 'Contacto',
    breadcrumb: 'Ruta de navegación',
    home: 'Inicio',
    conditions: 'Enfermedades',
    dystonia: 'Distonía',
    lede: 'Qué causa la distonía, sus tipos y sus síntomas, y cómo puede ayudarle nuestra clínica.',
    translationNote:
      'La información sobre la distonía está traducida del inglés y espera la revisión de un traductor médico.',
    asideHeading: 'Pida una cita',
    asideText: 'Hable con nuestro equipo sobre una evaluación.',
    asideCall: 'Llámenos',
    asideRequest: 'Solicitar una cita',
    footerPatients: 'Pacientes y visitantes',
    footerAbout: 'Sobre nosotros',
    footerContact: 'Contacto',
    footerPrivacy: 'Política de privacidad',
    footerAccessibility: 'Accesibilidad',
    footerDevelopers: 'Para desarrolladores',
    footerDeveloperPage: 'Cada elemento por separado',
    footerBuilder: 'Generador de código para insertar',
    footerTranslations: 'Vista previa de las traducciones',
    fiction: 'Example Clinic es una clínica ficticia: esta página es una demostración de dystonia-widgets.',
  },
  ar: {
    title: 'خلل التوتر العضلي | Example Clinic',
    skip: 'انتقل إلى المحتوى الرئيسي',
    tagline: 'طب الأعصاب',
    appointments: 'المواعيد',
    language: 'اللغة',
    menu: 'القائمة',
    mainMenu: 'القائمة الرئيسية',
    navConditions: 'الحالات المرضية',
    navTreatments: 'العلاجات',
    navDoctors: 'ابحث عن طبيب',
    navPatients: 'المرضى والزوار',
    navContact: 'تواصل معنا',
    breadcrumb: 'مسار التنقل',
    home: 'الرئيسية',
    conditions: 'الحالات المرضية',
    dystonia: 'خلل التوتر العضلي',
    lede: 'ما أسباب خلل التوتر العضلي وما أنواعه وأعراضه، وكيف يمكن لعيادتنا أن تساعدك.',
    translationNote: 'المعلومات عن خلل التوتر العضلي مترجمة من الإنجليزية، وهي بانتظار مراجعة مترجم طبي.',
    asideHeading: 'احجز موعدًا',
    asideText: 'تحدّث إلى فريقنا بشأن إجراء تقييم.',
    asideCall: 'اتصل بنا',
    asideRequest: 'اطلب موعدًا',
    footerPatients: 'المرضى والزوار',
    footerAbout: 'من نحن',
    footerContact: 'تواصل معنا',
    footerPrivacy: 'سياسة الخصوصية',
    footerAccessibility: 'إمكانية الوصول',
    footerDevelopers: 'للمطوّرين',
    footerDeveloperPage: 'كل عنصر على حدة',
    footerBuilder: 'أداة إنشاء شيفرة التضمين',
    footerTranslations: 'معاينة الترجمات',
    fiction: 'Example Clinic عيادة خيالية: هذه الصفحة عرض توضيحي لمكتبة dystonia-widgets.',
  },
};

/**
 * Puts the site's chrome under `root` into `language`: the text of every
 * `[data-t]` element and the accessible name of every `[data-t-label]` one,
 * as text (never HTML). An element whose string is empty is hidden.
 */
export function translateChrome(root: ParentNode, language: Language): void {
  const strings = STRINGS[language];
  for (const element of root.querySelectorAll<HTMLElement>('[data-t]')) {
    const text = strings[element.dataset.t as StringKey];
    if (text === undefined) continue;
    element.textContent = text;
    element.hidden = text === '';
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-t-label]')) {
    const text = strings[element.dataset.tLabel as StringKey];
    if (text) element.setAttribute('aria-label', text);
  }
}
