export const UI_FOLDER = 'ui';
export const LAYOUT_SETS_FILE = 'layout-sets.json';
export const LAYOUTS_FOLDER = 'layouts';
export const SETTINGS_FILE = 'Settings.json';
export const FOOTER_FILE = 'footer.json';
/** The very old single-page layout of apps from before `ui/layouts/`. */
export const LEGACY_FORM_LAYOUT_FILE = 'FormLayout.json';
