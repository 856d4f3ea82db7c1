// French context words around a symptom: who took what, who it happened to, what links them, and
// the words that make a symptom something other than a side effect (negation, question, news,
// figure of speech, the reason for taking the medicine).
#include "classify/lexicon.h"

namespace vigie {
namespace classify {

namespace {

const char *const kDrugReference =
    R"(ce (medicament|medoc|medicaments|traitement|produit|truc|machin|comprime|cachet|gelule|sirop|spray|remede|complement|generique|cochonnerie|poison|bidule|médoc)
ces (medicaments|medocs|comprimes|cachets|gelules|pilules|trucs|produits|sprays|capsules)
cette (pilule|merde|cochonnerie|molecule|saloperie|chose|gelule|capsule)
(vos|tes|ces|mes) (nouveaux|nouvelles|petits|petites|fameux|fameuses) (comprimes|cachets|gelules|medicaments|medocs|produits|pilules|sprays|capsules|gouttes)
(vos|tes) (comprimes|cachets|gelules|medicaments|medocs|produits|pilules|sprays|capsules|gouttes)
(votre|ton) (medicament|medoc|produit|traitement|spray|comprime|gelule|pilule|sirop|molecule|truc|complement); (votre|la|cette|leur|vos) (nouvelle|) (formule|formules|version|recette)
le (traitement|medicament|medoc|generique|spray|sirop); les (comprimes|cachets|gelules|medocs|medicaments|pilules)
(mon|son) (traitement|medicament|medoc|nouveau traitement|nouveau medicament); (mes|ses) (medicaments|medocs|comprimes|cachets|gelules)
la (molecule|pilule|gelule); (ma|sa) (pilule|molecule)
medicament; medicaments; medoc; medocs; traitement; doliprane; dafalgan; efferalgan; advil; nurofen; spedifen; antarene; circadin; aspirine; aspegic; ibuprofene generique; paracetamol generique; anti inflammatoire; anti inflammatoires; ains; somnifere; somniferes; betabloquant; beta bloquant; antidouleur; anti douleur)";

const char *const kIntakeFirstPerson =
    R"(je (prends|prend|prenais|prenait); j (ai|avais) (pris|commence|avale|teste|essaye|essaie|arrete); je l ai pris; je l ai prise; je les ai pris; je les prends; je le prends; je la prends; jsuis sous; je suis sous; j etais sous
depuis que je (prends|prend|suis sous|l ai commence|ai commence|le prends|la prends|les prends); depuis que (j ai|j en) (pris|prends|commence); depuis qu (il|elle|on) (prend|a commence|est sous|lui donne|le prend|la prend); (il|elle) (prend|prenait|a pris|est sous)
lui (ai|avons) donne; je lui (ai|donne|donnais); on lui (a|donne|donnait); ma premiere (prise|dose|gelule|boite); mon premier (comprime|cachet|jour))";
const char *const kIntake = R"(je prendrai
apres avoir pris; apres l avoir pris; apres les avoir pris; apres (la|une|chaque|la deuxieme|la 2e|la 2eme|la premiere|la 1ere|ma|sa) (prise|dose|comprime|gelule|pulverisation|boite)
en (prenant|le prenant|la prenant|les prenant); pris; avale; avalé; a pris; ont pris; prenait; prennent; prend
lui a donne; (donne|donnee) a (mon|ma); sous (traitement|ce traitement); mis sous; commence (le|ce|un|mon) traitement
(1|2|3|4|un|deux|trois|quatre|demi) (comprime|comprimes|cachets|cachet|gelule|gelules|pulverisations|pschitt|doses))";
const char *const kDoseWord =
    R"(dose; doses; posologie; comprime; comprimes; cachet; cachets; gelule; gelules; pulverisation; pulverisations; une boite; la boite; prise; prises; chaque prise)";

const char *const kPerson =
    R"(j en fais; j en fait; j en refais; ca fait (2|3|4|5|6|7|8|9|10|deux|trois|quatre|cinq|plusieurs|des) (jours|nuits|matins|soirs|semaines|mois); j ai eu; j ai; j avais; j en ai; j en avais; j ai fait; je fais; je faisais; je suis; j etais; je me sens; je me sentais; je me suis senti; je me suis sentie; je me suis; me suis; je me retrouve
je n arrive; j arrive; je dors; je vomis; je tremble; moi; perso; personnellement; chez moi; de mon cote; pour ma part
mon (fils|mari|copain|pere|frere|bebe|enfant|conjoint|ami|papa|grand pere|patient|neveu|oncle|petit|voisin|compagnon|homme|cousin|beau pere|gamin|ado|filleul)
ma (fille|femme|copine|mere|soeur|maman|grand mere|patiente|niece|tante|petite|voisine|compagne|cousine|belle mere|gamine|ado|meuf)
mes (enfants|parents|patients|filles|fils|gamins|patientes); (un|une|mon|ma|une de mes|un de mes|mes) (client|cliente|clients|clientes|resident|residente|residents|residentes|patient|patiente); patiente; patient sous; mamie; papi; mami; papy; une patiente; un patient; une de mes patientes; un de mes patients
le mien; la mienne; les miens; chez nous; je vois; j ai vu; on a vu; d autres (ont|aussi|personnes); quelqu un d autre; la seule; le seul a; vous aussi; ca arrive a d autres; suis je (la seule|le seul); ca me le fait; ca me fait ca; ca me fait pareil; moi aussi; pareil pour moi; j en ai; il a eu; elle a eu; il avait; elle avait; il fait; elle fait; il est; elle est; on a eu; nous avons eu; m a; m ont; m avait; m a fait; me donne; me fait)";

const char *const kWeakCausal =
    R"(avec; pendant; du coup; resultat; et la; et hop; ensuite; puis; dans la nuit; dans l heure; au bout de; le soir meme)";
const char *const kCausal =
    R"(depuis que; depuis qu; suite a; a cause de; a cause du; a cause des; a cause d; quand; lorsque; des que; dès que; juste apres; peu apres; le lendemain; c est (le|la|l|les|ce|ca|son|sa|ses|mon|ma|mes|du|de l|a cause); c etait (le|la|l|les|ce|ca|du); lie a; liee a; lies a; lie au; lie aux; provoque par; cause par; du a; due a; a cause; effet de; et depuis)";
const char *const kCausalVerb =
    R"(m a (donne|file|fait|provoque|cause|mis|rendu|declenche|refile|collé|colle|flingue|detruit|defonce|bousille|mis ko|assomme|ruine|explose|nique)
me (donne|file|fait|provoque|cause|met|rend|declenche|refile|colle|flingue|detruit)
lui a (donne|fait|provoque|cause|file|declenche); leur a (donne|fait|provoque); nous a (donne|fait)
ca (donne|fait|provoque|m a|m a donne|m a fait|me fait|me donne|lui a|lui a donne); ça m a; a (provoque|declenche|cause|entraine); m ont (donne|file|fait|provoque|cause|rendu|mis)
provoque; provoquent; declenche; cause; entraine)";
const char *const kTimeLink =
    R"(c est; c etait; la faute; voila ce que; merci; chaque fois que; a chaque fois que; quand je prends; depuis; apres; après; des; dès; sous; avec; a cause; par; du a; dû à)";
const char *const kFirstPerson = R"(je; j; moi; me; m; mon; ma; mes; nous; notre; nos; jsuis; chez moi)";
const char *const kPronoun =
    R"(ca; ça; cela; ceci; il; elle; ils; elles; qui; celui ci; celle ci; ce truc; lequel; laquelle)";
const char *const kDeterminer =
    R"(le; la; les; l; un; une; des; du; de; d; mon; ma; mes; ton; ta; tes; son; sa; ses; votre; vos; notre; nos; leur; leurs; ce; cet; cette; ces; gros; grosse; grosses; petit; petite; petits; petites; vilain; vilaine; affreux; affreuses; terrible; terribles; fort; forte; fortes; forts; sacre; sacree)";
const char *const kTreatIntent =
    R"(ca repart; et hop; et c est reparti; me remet sur pied; m a remis sur pied; (l|les) a (fait passer|calme|calmes|calmee|calmees|soulage); (l|les) fait passer; (je prends|j ai pris|j en prends|j en ai pris|je me prends|je me suis pris) (un|une|deux|2|un petit|une petite|du|de l); bouillotte; tisane; sieste; dodo; au lit; je vais prendre; vais prendre; je vais essayer; je teste; j essaie; je tente; on verra; en attendant; et au lit; et dodo; au lit; je file prendre; je cours prendre; vite un; vite une; on lui a donne; je lui ai donne; je lui donne; je peux lui donner; peux lui donner; puis je prendre; je peux prendre; m a conseille; m a prescrit; conseille par; prescrit par)";
const char *const kNotSymptom =
    R"(mort de rire; morte de rire; de malade; trop malade; c est malade; malade mental; une douleur au portefeuille; mal au portefeuille; j ai mal au coeur pour; ca fait mal au coeur; fait mal au coeur; crise de rire; fou rire)";

const char *const kNegator =
    R"(pas; aucun; aucune; aucuns; aucunes; jamais; sans; ni; zero; 0; rien; nullement; n ai plus; n a plus; n avais plus; n ai jamais; plus aucun; plus aucune; peu d; peu de; tres peu; pas le moindre; pas la moindre; pas un seul; pas une seule; plus de; plus d)";
const char *const kNotNegator =
    R"(pas mal de; pas mal d; pas que; pas seulement; non seulement; sans compter; jamais eu autant; jamais eu aussi; jamais vu autant; jamais vu ca; jamais eu ca; jamais eu ça; jamais connu ca
sais pas; savais pas; comprends pas; comprenais pas; pas pourquoi; pas normal; pas sur; pas sure; pas certain; pas certaine; pas si c est; pas si ca; pas pu; pas eu le choix; arrete pas de; arrete pas d; arretais pas de; arretait pas de; peux pas m empecher; pouvais pas m empecher; part pas; partait pas; passe pas; passait pas; rien a voir; sans doute; sans ordonnance; sans probleme; de plus en plus; encore plus; beaucoup plus; bien plus; un peu plus; de plus)";
const char *const kScopeBreak =
    R"(mais; sauf; par contre; en revanche; pourtant; cependant; juste; seulement; a part; hormis; excepte; si ce n est; sinon; toutefois; or; ensuite; puis; maintenant; et maintenant; alors que; tandis que)";

const char *const kHypothetical =
    R"(peut; peuvent; pourrait; pourraient; pourrais; risque; risques; risquer; possible; possibles; eventuel; eventuels; eventuelle; eventuellement; susceptible; susceptibles
parfois; rarement; frequent; frequents; tres rare; rare; rares; il parait que; parait que; j ai lu que; on dit que; connu pour; notice; la notice; dans la notice; liste des effets; il est possible; c est possible)";
const char *const kQuestionWord =
    R"(c est grave si; c est normal si; est ce grave si; est ce normal si; c est inquietant si; est ce que; est ce qu; est ce normal; est il normal; c est normal; normal; quelqu un; quelqu un a; qui a deja; vous avez deja; avez vous; savez vous; on peut; peut on; faut il; dois je; y a t il; y a t il des; quels sont; quelles sont; combien; comment; pourquoi)";
const char *const kConditional =
    R"(auparavant; peur (des|de|d|du); crainte (des|de|d|du); craignais; craint; inquiet (pour|des|de); inquiete (pour|des|de); si jamais; si (vous|tu|on|j|je|il|elle|ca|ça|votre|ton|ta|vos|tes|mon|ma|mes|le|la|les); s il; s ils; en cas de; en cas d; au cas ou; pour eviter; eviter; prevenir)";

const char *const kNews =
    R"(ansm; ema; fda; oms; ars; dgs; ministere; ministere de la sante; autorites; autorites sanitaires; agence; agence du medicament
selon; selon une etude; une etude; l etude; etude; etudes; chercheurs; scientifiques; publication; publiee; essai; essais; essai clinique; essais cliniques
rappel; rappel de lot; numero de lot; rappels; retrait; retire; retire du marche; retires; suspendu; suspension; alerte; alerte sanitaire; communique; communique de presse
article; presse; journal; journaliste; journalistes; reportage; le monde; le figaro; le parisien; liberation; bfm; bfmtv; franceinfo; france info; france inter; tf1; afp; reuters
pharmacovigilance; signalement; signalements; cas rapportes; cas signales; enquete; investigation; proces; plainte collective; scandale sanitaire; actualite; info; infos; depeche; vidal; met a jour; mise a jour; pediatres; rappellent; recommandations; experts)";

const char *const kFigurative =
    R"(match; matchs; film; films; serie; series; pub; pubs; publicite; publicites; clip; campagne; slogan; marketing; politique; politiques; politicien; politiciens; gouvernement; president; election; elections; debat
actu; actualite; actualites; infos; journal televise; jt; emission; tele; television; prix; tarif; tarifs; facture; factures; impots; patron; boss; chef; collegue; collegues; lundi; lundis; reunion; reunions
trafic; bouchons; embouteillages; chanson; musique; jeu; jeux; equipe; arbitre; supporters; site; ce site; appli; application; service client; packaging; emballage; post; ce post; tweet; ce tweet; commentaire; commentaires
votre pub; vos pubs; votre campagne; votre com; communication; community manager; rien que d y penser; rien qu a voir; rien qu a lire; en lisant; en voyant; en regardant; cette nouvelle; ces nouvelles; mon ex; voisins; chantier; examens; partiels; bac; boulot; ce mec; cette meuf; ca me saoule)";

const char *const kIndication =
    R"(contre; pour (le|la|les|mon|ma|mes|un|une|des|du|soulager|calmer|traiter|ses|son|sa|l|mes); soulage; soulager; soulagé; soulagee; soulagement; calme; calmer; calmé; apaise; apaiser; traiter; traite; soigner; soigne; guerir; gueri
efficace (sur|contre|pour); marche (sur|pour|bien sur|bien pour|nickel sur|nickel pour); fonctionne (sur|pour); fait (passer|disparaitre|partir); a fait (passer|disparaitre|partir); top pour; ideal pour; parfait pour; radical (contre|sur|pour)
aide (a|pour|contre); m aide (a|pour|contre); m a (soulage|soulagee|debarrasse|debarrassee|gueri|guerie|sauve|sauvee|aide); debarrasse de; debarrassee de; vient a bout; venu a bout; fini les; fini la; adieu; le seul (truc|medicament|qui); la seule chose; seul truc qui; a eu raison de; en est venu a bout; (a|ont) fait tomber; (a|ont) calme; bye bye; stop aux; en cas de)";
const char *const kResolved =
    R"(tombee; tombe; a baisse; baisse; descendue; redescendue; gere; geree; regle; reglee; passe; passee; est passe; est passee; parti; partie; a disparu; disparu; disparue; disparus; envole; envolee; s est envole; s est envolee; fini; finie; termine; plus rien; soulage; soulagee; calme; calmee; calmé; grace a; grâce à; ca va mieux; va mieux; beaucoup mieux)";
const char *const kInefficacy =
    R"(ne marche pas; marche pas; ne fonctionne pas; fonctionne pas; ne fait rien; fait rien; aucun effet; sans effet; aucune efficacite; inefficace; sert a rien; servi a rien; toujours; encore mal; pas soulage; pas soulagee; rien fait; rien change; pas d effet; zero effet; ca marche pas; ca ne marche pas; n a rien fait; ne m a rien fait; aucun resultat; fait plus rien; marche plus; ne marche plus; plus d effet; plus aucun effet)";

} // namespace

std::vector<LexiconBlock> frenchContextBlocks()
{
    using namespace Category;
    return {{DrugReference, 0, kDrugReference},
            {Intake | Person, 0, kIntakeFirstPerson},
            {Intake, 0, kIntake},
            {Intake | DoseWord, 0, kDoseWord},
            {Person, 0, kPerson},
            {Causal | Linked, 0, kCausal},
            {Causal | Linked | CausalVerb, 0, kCausalVerb},
            {TimeLink, 0, kTimeLink},
            {FirstPerson, 0, kFirstPerson},
            {Pronoun, 0, kPronoun},
            {Determiner, 0, kDeterminer},
            {TreatIntent, 0, kTreatIntent},
            {NotSymptom, 0, kNotSymptom},
            {Causal, 0, kWeakCausal},
            {Negator, 0, kNegator},
            {NotNegator, 0, kNotNegator},
            {ScopeBreak, 0, kScopeBreak},
            {Hypothetical, 0, kHypothetical},
            {QuestionWord, 0, kQuestionWord},
            {Conditional, 0, kConditional},
            {News, 0, kNews},
            {Figurative, 0, kFigurative},
            {Indication, 0, kIndication},
            {Resolved, 0, kResolved},
            {Inefficacy, 0, kInefficacy}};
}

} // namespace classify
} // namespace vigie
