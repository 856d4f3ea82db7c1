// French lay words for side effects and symptoms, as patients and relatives write them online,
// common misspellings included. Plural "s" is optional in the text (vertige matches vertiges).
#include "classify/lexicon.h"

namespace vigie {
namespace classify {

namespace {

const char *const kDizziness =
    R"(tout tourne; ca tourne; la piece tourne; tiens pas debout; tenais pas debout; tenir debout; titube; titubais; vertigineux; tete lourde; tete en vrac; tete en compote; vertige; vertiges; vertije; vertiges violents; tournis; le tournis
(la|) tete (qui|me|m) (tourne|tournait|tournais|a tourne); (ma|la) tete tourne; tete qui tourne
etourdi; etourdie; etourdis; etourdissement; etourdissements; etourdie
malaise; malaises; fait un malaise; faire un malaise; (presque|failli) (tomber|m evanouir)
evanoui; evanouie; evanouis; evanouissement; m evanouir; je me suis evanoui; tombe dans les pommes; tombee dans les pommes
perte de connaissance; perdu connaissance; tete legere; jambes en coton; jambes coupees; instable)";

const char *const kDigestive =
    R"(la gerbe; envie de gerber; j ai gerbe; haut le coeur; mal au bide; nique le bide; niqué le bide; bide en vrac; ventre en vrac; estomac en vrac; nausee; nausees; nause; nausé; nosee; nosees; nauseeux; nauseeuse; nauseux
envie de vomir; envies de vomir; haut le coeur; hauts le coeur; mal au coeur; mal au cœur; barbouille; barbouillee
vomi; vomis; vomit; vomir; vomie; vomissais; vomissait; vomissement; vomissements; tout vomi; tout rendu; rendu mon repas
gerbe; gerber; gerbé; gerbais; degueule; degueuler
(mal|maux|douleur|douleurs) (au|de|a l|d) (ventre|bide|estomac|abdomen); mal au bide; mal au ventre; maux de ventre; mal a l estomac
douleur abdominale; douleurs abdominales; crampe d estomac; crampes d estomac; crampes au ventre; tordu de douleur; tordue de douleur
brule l estomac; brule (l|mon|le) (estomac|ventre|gorge); brulure d estomac; brulures d estomac; brulures; aigreur; aigreurs; reflux; remontees acides
diarrhee; diarrhees; diarhee; diarree; diarrhe; diarrée; la courante; chiasse; courante
constipe; constipee; constipation; ballonnement; ballonnements; ballonne; ballonnee; gaz; ventre gonfle
perte d appetit; plus d appetit; coupe l appetit; coupe la faim; pas faim; plus faim
bouche seche; bouche (est|etait|toute|super|hyper|tres|trop) seche; aphte; aphtes; bouche pateuse; gout metallique; gout bizarre; gout amer; langue gonflee
sang dans les selles; selles noires; selles (sont|etaient|toutes|tres) noires; caca noir; sang dans les urines; urine foncee; pipi fonce
mal au foie; hepatite; hepatite medicamenteuse; enzymes du foie; transaminases; bilan hepatique perturbe; jaunisse; peau jaune; yeux jaunes; ulcere; ulcere a l estomac)";

const char *const kHeadAndSleep =
    R"(mal de tete; mal a la tete; maux de tete; migraine; migraines; migraine atroce; cephalee; cephalees
tete dans un etau; casque sur la tete
somnolence; somnolences; somnole; somnolais; somnolait; somnoler; s endort; s endormait; m endors; m endormais; endormi au volant; sommnolence; somnolent; somnolente; somnolant; somnolante; endormi; endormie; dors debout; dormais debout
envie de dormir; sommeil toute la journee; piquer du nez; pique du nez; dormir toute la journee; dormi toute la journee
vaseux; vaseuse; dans le gaz; dans le coaltar; dans le brouillard; brouillard; tete dans le coton; dans le coton; pateux; pateuse; gueule de bois; (defonce|detruit|bousille|flingue|ruine|explose|niquer|nique) (l|mon|le|la) (estomac|ventre|bide|foie|intestin)
flagada; lessive; lessivee; naze; nase; hs; en pls; pls; a plat; a bout; sans force; plus de force; fatigue; fatigué; fatigue intense; fatiguee; fatigues; creve; crevee; epuise; epuisee; epuisement; claque; claquee; sans energie; plus d energie; raplapla
dors pas; dormais pas; dors mal; dormais mal; mal dormi; dormi mal; sommeil (agite|haché|hache|pourri); insomnie; insomnies; dors plus; dormais plus; dort plus; arrive plus a dormir; arrive pas a dormir; arrivais plus a dormir; impossible de dormir
peux plus dormir; pouvais plus dormir; pas ferme l oeil; pas ferme l œil; nuit blanche; nuits blanches; reveille toute la nuit; reveils nocturnes; reveille la nuit
reves chelous; reves zarbs; reves de ouf; cauchemar; cauchemars; cauchemard; cauchemards; cochemar; cochemars; reves bizarres; reves etranges; reves tres reels; reves violents; reves agites; mauvais reves
agite; agitee; agitation; nerveux; nerveuse; nervosite; sur les nerfs; a cran; irritable; irritabilite; sautes d humeur; humeur changeante
anxiete; anxieux; anxieuse; angoisse; angoisses; angoissee; angoisse; crise d angoisse; crises d angoisse; crise de panique; attaque de panique
deprime; deprimee; deprime; depression; idees noires; envie de pleurer; pleure tout le temps; triste tout le temps
etat second; savais plus ou j etais; sais plus ou je suis; savait plus ou il etait; savait plus ou elle etait; fait une chute; a chute; chute; chutes; tombe (par terre|souvent|tout le temps); du mal a me concentrer; mal a me concentrer; arrive plus a me concentrer; concentration; faiblesse; faible; jambes faibles; plus de force dans; tendinite; tendinites; paralysie du sommeil; suicidaire; idees suicidaires; agressif; agressive; agressivite; crises de colere; hyperactif; hyperactive; surexcite; surexcitee; excite comme une puce; envie d uriner; pipi toute la nuit; fuites urinaires; bander; arrive plus a bander; yeux rouges; vision double; vue qui baisse; oreilles bouchees; gout de (metal|fer); vomi du sang; rebond; effet rebond; sevrage; symptomes de sevrage; (25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48|49|50|51|52) (bpm|pulsations); (coeur|pouls|cœur) (bat|battait|monte|montait|est monte|a|grimpe) (a|) (95|96|97|98|99|100|101|102|103|104|105|106|107|108|109|110|111|112|113|114|115|116|117|118|119|120|121|122|123|124|125|126|127|128|129|130|131|132|133|134|135|136|137|138|139|140|141|142|143|144|145|146|147|148|149|150|151|152|153|154|155|156|157|158|159|160|161|162|163|164|165|166|167|168|169|170|171|172|173|174|175|176|177|178|179|180|181|182|183|184|185|186|187|188|189|190|191|192|193|194|195|196|197|198|199|200); (pouls|coeur|fc) a (95|96|97|98|99|100|101|102|103|104|105|106|107|108|109|110|111|112|113|114|115|116|117|118|119|120|121|122|123|124|125|126|127|128|129|130|131|132|133|134|135|136|137|138|139|140|141|142|143|144|145|146|147|148|149|150|151|152|153|154|155|156|157|158|159|160|161|162|163|164|165|166|167|168|169|170|171|172|173|174|175|176|177|178|179|180|181|182|183|184|185|186|187|188|189|190|191|192|193|194|195|196|197|198|199|200); (95|96|97|98|99|100|101|102|103|104|105|106|107|108|109|110|111|112|113|114|115|116|117|118|119|120|121|122|123|124|125|126|127|128|129|130|131|132|133|134|135|136|137|138|139|140|141|142|143|144|145|146|147|148|149|150|151|152|153|154|155|156|157|158|159|160|161|162|163|164|165|166|167|168|169|170|171|172|173|174|175|176|177|178|179|180|181|182|183|184|185|186|187|188|189|190|191|192|193|194|195|196|197|198|199|200) (bpm|pulsations); souci (au|de) coeur; souci cardiaque; probleme (au|de) coeur; problemes cardiaques; probleme cardiaque; (bebe|foetus) (a|avait) un (souci|probleme); perdu (plein de|mes|des|beaucoup de|pas mal de) cheveux; perds (plein de|mes|des|beaucoup de) cheveux; (bouche|gorge|peau|yeux) (super|hyper|tres|trop|toute|tout|archi) (seche|seches|secs); (est tombe|est tombee|tombe|tombee|chute) (2|3|4|5|deux|trois|quatre|plusieurs) fois; (2|3|deux|trois|plusieurs) chutes; oligoamnios; oligohydramnios; (fait|faire|a fait|fait trop) (baisser|chuter|tomber|descendre) (la|ma|sa) tension; tension (tres|trop|super|hyper) basse; brulures en urinant; brule en urinant; cystite; mycose; mycoses; herpes; bouton de fievre; regles abondantes; regles hemorragiques; regles en retard; plus de regles; spotting; saignements entre les regles; seins gonfles; seins douloureux; mal aux reins; douleurs aux reins; ongles cassants; hoquet; rots; mauvaise haleine; voix cassee; enroue; enrouee; nez bouche; nez qui coule; eternuements; yeux qui pleurent; larmoiement; paupiere qui tremble; paupieres qui tremblent; machoire serree; bruxisme; grince des dents; perte de gout; perte d odorat; plus de gout; acne; peau seche; peau qui tiraille; anemie; anemique; plaquettes basses; globules blancs bas; glycemie; hypoglycemie; potassium; insuffisance renale; creatinine; pancreatite; colite; gastrite; hemorroides; avc; infarctus; crise cardiaque; embolie; phlebite; thrombose; caillot; coma; suicide; tentative de suicide; confus; confuse; confusion; desoriente; desorientee; perdu la memoire; trous de memoire; pertes de memoire; oublie tout
hallucination; hallucinations; hallucine; voyais des choses; entends des voix; delire; delirait)";

const char *const kHeartAndBreath = R"(palpitation; palpitations; palpatations; palpitation cardiaque
coeur qui s emballe; cœur qui s emballe; coeur s emballe; coeur s est emballe; le coeur qui s emballe; coeur qui bat (vite|trop vite|fort|a 100 a l heure|la chamade)
coeur qui cogne; coeur qui tape; coeur tape; coeur bat (vite|trop vite|fort|la chamade); coeur battait (vite|trop vite|fort|la chamade); battements de coeur
coeur qui s accelere; coeur s accelere; tachycardie; tachy; coeur (tres|trop|super|hyper|) lent; (pouls|coeur|fc|frequence cardiaque) (a|de|) (25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48|49|50|51|52); coeur qui ralentit; coeur ralenti; pouls (lent|faible|tres lent|a 40|a 45); bradycardie; bradi
rythme cardiaque (bas|lent|irregulier|qui chute); extrasystoles; arythmie; coeur irregulier; rate des battements
tension (basse|trop basse|qui chute|qui baisse|effondree|a 8|a 9); chute de tension; baisse de tension; hypotension; hypertension; tension qui monte
essouffle; essoufflee; essoufflement; souffle court; a bout de souffle; manque d air; manquer d air; manquais d air
du mal a respirer; mal a respirer; difficulte a respirer; difficultes a respirer; difficultes respiratoires; pouvais plus respirer; pouvait plus respirer; arrivais plus a respirer; arrivait plus a respirer; arrive plus a respirer
respire mal; respirais mal; etouffe; etouffer; etouffais; etouffement; sensation d etouffement; gorge serree; gorge qui gonfle; gorge gonflee
oppression; oppression thoracique; douleur thoracique; douleurs thoraciques; (mal|douleur|douleurs) (a la|dans la) poitrine; poitrine serree; serrement)";

const char *const kSkin =
    R"(plaques; des plaques; boutons partout; chope des boutons; peau qui pele; je pele; ca brule; ca me brule; plaque rouge; plaques rouges; rougeur; rougeurs; rouge partout; boutons; bouton; boutons partout; pustules
eruption; eruptions; eruption cutanee; urticaire; urticaria; eczema; psoriasis
demangeaison; demangeaisons; demangeaisont; ca gratte; ca me gratte; me gratte; gratte partout; je me gratte; grattais; prurit; ca pique; picote; picotements
fait une allergie; faire une allergie; crise d allergie; allergie cutanee; reaction allergique; reactions allergiques; choc anaphylactique; anaphylaxie; oedeme; œdeme; oedeme de quincke; quincke
gonfle de partout; gonflee de partout; visage qui gonfle; yeux qui gonflent; levres qui gonflent; enfle de partout; gonfle; gonflee; gonfles; gonflees; gonflement; gonflements; enfle; enflee; enfles; enflure; visage gonfle; levres gonflees; paupieres gonflees; yeux gonfles; chevilles gonflees; pieds gonfles
saigne des gencives; gencives qui saignent; pisse le sang; sang dans; du sang; crache du sang; saignement de nez; saignements de nez; saigne du nez; saignais du nez; saignait du nez; saigner du nez; saignement; saignements; saigne; saigné; hemorragie
bleus; des bleus; hematome; hematomes; ecchymoses; peau qui pele; cloques; brulure; photosensibilite; coup de soleil
transpiration; transpire; transpirais; sueurs; sueur; sueurs froides; suer; en nage; bouffees de chaleur; bouffee de chaleur; frissons; fievre; fievreux; chair de poule
chute de cheveux; perds mes cheveux; perdu mes cheveux; cheveux qui tombent)";

const char *const kBody =
    R"(tremblement; tremblements; tremble; tremblais; tremblait; trembler; mains qui tremblent; je tremble
crampe; crampes; courbatures; courbature; douleurs musculaires; mal aux muscles; mal aux jambes; jambes lourdes; mal aux articulations; douleurs articulaires
fourmillement; fourmillements; fourmis; fourmis dans les (mains|jambes|pieds|doigts); engourdi; engourdie; engourdissement; engourdissements; paralyse; paralysee
froid aux (mains|pieds|doigts|extremites); (tout le temps|toujours|tres) froid aux (mains|pieds); mains froides; pieds froids; doigts blancs; (mains|pieds|doigts|orteils|extremites) (geles|gelees|glaces|glacees|violets|violettes|bleus|bleues); (mains|pieds) et (les|) (pieds|mains) (geles|glaces|froids); extremites froides; doigts engourdis; syndrome de raynaud
acouphene; acouphenes; sifflement; sifflements; bourdonnement; bourdonnements; oreilles qui sifflent; oreilles qui bourdonnent
vision floue; vue floue; vue trouble; vue brouillee; voyais flou; vois flou; voir flou; yeux qui piquent; yeux secs
convulsion; convulsions; toux; toux seche; tousse; tousser; toussais; crise d asthme; crises d asthme; asthme; bronchospasme; syncope; syncopes; somnambulisme; somnambule; pipi au lit; fait pipi au lit; enuresie; jambes sans repos; impatiences; canal arteriel; liquide amniotique; petit poids; faible poids; poids de naissance; hypoglycemie; saignements vaginaux; fausse couche; crise d epilepsie; spasmes
impuissance; plus de libido; baisse de libido; troubles de l erection; plus aucune libido; plus de libido; libido (a zero|en berne|a plat|disparue); (aucune|zero|0) libido; plus envie de rien
prise de poids; pris du poids; pris des kilos; grossi; kilos en plus; perdu du poids; amaigri
urgences; aux urgences; paramedics; hospitalise; hospitalisee; hospitalisation; hopital; a l hopital; samu; pompiers; reanimation; soins intensifs
deces; overdose; surdosage; intoxication; intoxique; empoisonne; empoisonnee
malade; malades; tombe malade; rendu malade; rendue malade; malade comme un chien; mal en point; patraque; pas bien; pas dans mon assiette; bizarre; tout bizarre; toute bizarre
me sens chelou; me sentais chelou; chelou; zarb; me sens bizarre; me sentais bizarre; me sens mal; me sentais mal; me suis senti mal; me suis sentie mal; sentie mal; senti mal; mal partout; douleurs partout; douleur; douleurs; souffert; souffre; souffrais
intolerance; intolerant; intolerante; pas supporte; ai pas supporte; supporte pas; supporte mal; mal tolere; mauvaise reaction; reaction; reactions)";

const char *const kDrowsy =
    R"(assomme; assommee; assommés; k o; ko; ka o; mis ko; mis k o; shoote; shootee; shooté; comateux; comateuse; zombie; legume; dans le pate; a l ouest; somnolence; somnolent; somnolente; endormi; endormie; envie de dormir; dans le coaltar)";

const char *const kEmoji = R"(🤢; 🤮; 😵; 🥴; 🤕; 🤒)";

// What people take painkillers, sleep aids and beta-blockers for: named before the medicine with
// nothing linking them, they are the reason it was taken ("Migraine de l'enfer, Hélidol 1g et au lit").
const char *const kIndicationLike =
    R"(douleur; douleurs; mal partout; douleurs partout; souffre; souffrais; souffert; mal de tete; mal a la tete; maux de tete; migraine; migraines; migraine atroce; cephalee; cephalees; tete dans un etau
mal au ventre; maux de ventre; crampe; crampes; courbatures; courbature; douleurs musculaires; mal aux muscles; mal aux jambes; mal aux articulations; douleurs articulaires; mal au crane; mal de crane
fievre; fievreux; frissons; toux; toux seche; tousse; tousser
dors pas; dormais pas; dors mal; dormais mal; mal dormi; dormi mal; sommeil (agite|haché|hache|pourri); insomnie; insomnies; dors plus; dormais plus; dort plus; arrive plus a dormir; arrive pas a dormir; arrivais plus a dormir; impossible de dormir; peux plus dormir; pouvais plus dormir; pas ferme l oeil; nuit blanche; nuits blanches; reveille toute la nuit; reveils nocturnes; reveille la nuit
palpitation; palpitations; tachycardie; hypertension; tension qui monte; coeur qui s emballe; anxiete; angoisse; angoisses)";

const char *const kSideEffectWords =
    R"(effet secondaire; effets secondaires; effet indesirable; effets indesirables; effet secondaires; effets secondaire
effet indésirable; effets pervers; effet bizarre; effets bizarres; effet de bord)";

} // namespace

std::vector<LexiconBlock> frenchSymptomBlocks()
{
    using namespace Category;
    return {{Symptom, -2, kDizziness},
            {Symptom, -2, kDigestive},
            {Symptom, -2, kHeadAndSleep},
            {Symptom, -2, kHeartAndBreath},
            {Symptom, -2, kSkin},
            {Symptom, -2, kBody},
            {Symptom | Drowsy, -1, kDrowsy},
            {Symptom | WeakSymptom, -1, kEmoji},
            {Symptom | IndicationLike, -2, kIndicationLike},
            {Symptom | SideEffect, -1, kSideEffectWords}};
}

} // namespace classify
} // namespace vigie
