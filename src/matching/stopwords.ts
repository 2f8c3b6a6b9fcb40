/** Words that carry no need on their own, as normalise() writes them; they still count inside phrases. */
import { normalise } from './normalise.ts';

const WORDS = `
und oder aber auch noch nur schon sehr so wie was wer wo wann warum wieso weshalb welche welcher welches
ich du er sie es wir ihr man mich mir dich dir uns euch sich mein meine meinen meinem meiner meines dein deine unser unsere
der die das den dem des ein eine einen einem einer eines kein keine keinen keiner
ist sind bin bist war waren hat habe hast haben hatte wird werden wurde worden sein seid kann konnen muss mussen soll sollen
will wollen mochte mochten darf gibt gab geht gehen mache macht machen tun brauche brauchen braucht benotige benotigen
nicht nichts ja nein doch mal gerade jetzt immer ganz gar etwas viel viele mehr sehr bitte danke hallo
bei fur von vom zu zum zur in im an am auf aus nach seit um uber unter vor bis mit ohne gegen durch
dass da weil wenn als ob denn also dann damit
the a an and or of to in on at for with my me i we you he she it is are was be can do does not no what who how where
ve bir ben sen o biz siz icin ile ne
ya ty on ona my vy i v na s chto kak ne
`;

let set: Set<string> | null = null;

/** True for a normalised word that is no search term on its own. */
export function isStopword(word: string): boolean {
  set ??= new Set(WORDS.split(/\s+/).filter(Boolean).map(normalise));
  return set.has(word);
}
