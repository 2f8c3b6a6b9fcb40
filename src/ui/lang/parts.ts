// The language parts most visits never show (German readers with a German browser): a chunk of their own.
export { LanguageNotes } from './LanguageNotes.tsx';
export { LanguageSuggestion } from './LanguageSuggestion.tsx';
