// The app's own fonts, bundled so text looks the same on every machine and prompts in Indian
// scripts never show as boxes: Inter for Latin (and Greek, Cyrillic, Vietnamese), and Noto Sans
// for the scripts of India's languages (Hindi and Marathi are Devanagari). Fontsource's CSS gives
// each file a `unicode-range` and `font-display: swap`: the first paint never waits for a font,
// and a browser fetches only the files whose characters are on screen (a flow without Tamil
// never loads the Tamil font). Only the weights the styles use: 400, and 600 for titles (heavier
// weights in the CSS resolve to 600).
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/noto-sans-devanagari/400.css';
import '@fontsource/noto-sans-devanagari/600.css';
import '@fontsource/noto-sans-bengali/400.css';
import '@fontsource/noto-sans-bengali/600.css';
import '@fontsource/noto-sans-gujarati/400.css';
import '@fontsource/noto-sans-gujarati/600.css';
import '@fontsource/noto-sans-gurmukhi/400.css';
import '@fontsource/noto-sans-gurmukhi/600.css';
import '@fontsource/noto-sans-kannada/400.css';
import '@fontsource/noto-sans-kannada/600.css';
import '@fontsource/noto-sans-malayalam/400.css';
import '@fontsource/noto-sans-malayalam/600.css';
import '@fontsource/noto-sans-oriya/400.css';
import '@fontsource/noto-sans-oriya/600.css';
import '@fontsource/noto-sans-tamil/400.css';
import '@fontsource/noto-sans-tamil/600.css';
import '@fontsource/noto-sans-telugu/400.css';
import '@fontsource/noto-sans-telugu/600.css';
