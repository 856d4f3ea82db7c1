// Words that tell French from English (function words that exist in only one of them), and common
// words that must never be read as a product name with a typo ("dolor", "carde", "noce"…).
#include "classify/lexicon.h"

namespace vigie {
namespace classify {

namespace {

const char *const kFrench =
    R"(le; la; les; de; des; du; un; une; et; est; je; j; tu; il; elle; nous; vous; ils; elles; ce; cette; ces; mon; ma; mes; ton; ta; tes; son; sa; ses; notre; votre; vos; leur; leurs
pas; ne; que; qui; quoi; dans; sur; pour; avec; sans; mais; ou; donc; car; au; aux; ça; ca; c; suis; ai; avez; avons; sont; ete; plus; tres; bien; aussi; depuis; quand; comme; tout; tous; toute; fait; etre; avoir
moi; toi; lui; y; en; qu; n; d; l; m; s; t; apres; avant; encore; deja; jamais; rien; merci; bonjour; oui; non; vraiment; trop; peu; beaucoup; chez; parce; alors; aussi; cela; celui; celle; quel; quelle; est ce; c est; j ai; il y a)";

const char *const kEnglish =
    R"(the; and; is; are; was; were; i; you; he; she; it; we; they; my; your; his; her; its; our; their; this; that; these; those; of; to; in; for; with; not; no; have; has; had; been; be; do; does; did
can; could; would; will; just; so; but; or; what; how; why; when; after; since; him; them; about; from; at; by; an; if; than; then; there; get; got; s; t; m; ve; ll; re; don; didn; doesn; really; very; thanks; thank; yes; any; some; been; because; anyone; taking; took)";

const char *const kCommonWords =
    R"(dolor; dolore; ambulant; ambulante; ambulants; balade; salade; hiver; fiere; dolores; carde; cardes; noce; noces; holiday; hello; helico; helice; helium; helios; octet; notice; noctambule; nocturne; nocturnes; orval; ovale; ovales; valise; valises; flasher; flashs; flashe; sommeille; sommeil; nuit; nuits; douleur; douleurs; mellow; melanie; melodie
merci; bonjour; bonsoir; salut; coucou; vraiment; toujours; jamais; aujourd; hier; demain; matin; soir; semaine; semaines; mois; annee; jours; heures; minutes; pharmacie; pharmacien; pharmacienne; medecin; docteur; ordonnance; generique; boite; boites
super; merci; effet; effets; produit; produits; marque; marques; prise; prises; dormir; endormir; reveil; reveille; cachet; cachets; helpful; please; people; really; doctor; pharmacy; prescription; generic; product; products; brand; brands; morning; evening; night; nights; tonight; today; yesterday; tomorrow
maison; travail; enfant; enfants; famille; parents; amis; ecole; question; questions; reponse; reponses; probleme; conseil; conseils; avis; commande; livraison; stock; rupture; emballage; flacon; spray; sprays; gouttes; sirop; pastille; pastilles)";

} // namespace

std::vector<LexiconBlock> languageBlocks()
{
    using namespace Category;
    return {{French, 0, kFrench}, {English, 0, kEnglish}, {Known, 0, kCommonWords}};
}

} // namespace classify
} // namespace vigie
