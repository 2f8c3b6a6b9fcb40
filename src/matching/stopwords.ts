/**
 * Words that carry no need on their own (function words of the nine languages, "all", "every"), as normalise()
 * writes them; they still count inside phrases. Without them a foreign "all" or "mi" was corrected or matched into
 * an offer's text ("Passt zu „all“").
 */
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
all every any some this that these there here so too just really still much many very our your his her their
they them us about from up out if when since get got have has had am been will would could should did dont im its
also only again please anyone someone
bu su ve de da ki mi mu ne nasil nerede hangi var ben benim bana sen bizim cok daha ama gibi kadar hep her hic lazim
w z na do od po za o u a ale czy jak co to ten ta te jest sa mam ma tak juz jeszcze bardzo mnie moj moja moje nasz
nasza sie gdzie kto ktory ktora
si sa se la cu pe pentru din nu e este sunt are ce cum unde cine mai foarte meu mea mei mele nostru noastra un ca dar
и в во на с со к по за от до из у о об а но или не что как где кто это я мы ты вы он она они мне меня мой моя мое
наш наша уже еще очень все есть бы ли же так
і із від про але чи що хто ви він вона вони мені мій моє вже ще дуже є би
في من على الى إلى عن مع و او أو هل انا أنا انت هو هي نحن احنا هذا هذه ذلك شو ايش وين كيف ليش بس كمان عند عندي
`;

let set: Set<string> | null = null;

/** True for a normalised word that is no search term on its own. */
export function isStopword(word: string): boolean {
  set ??= new Set(WORDS.split(/\s+/).filter(Boolean).map(normalise));
  return set.has(word);
}
