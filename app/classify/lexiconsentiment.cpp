// Sentiment words and emoji, French and English, with a weight from -3 to +3. Phrases that carry
// their own negation ("pas terrible", "not bad") are listed whole: the longest match wins.
#include "classify/lexicon.h"

namespace vigie {
namespace classify {

namespace {

const char *const kStrongPositive =
    R"(genial; géniale; geniale; parfait; parfaite; excellent; excellente; merveilleux; merveilleuse; miracle; miraculeux; magique; formidable; incroyable; top du top; au top; le top; trop bien; j adore; adore; adoré; je recommande; recommande; recommandé; sauve la vie; sauve ma vie; sauvé la vie; indispensable; bravo; nickel; impeccable; extra; fantastique; génial
amazing; awesome; excellent; perfect; fantastic; wonderful; brilliant; love it; love this; loved it; i love; love; lifesaver; life saver; life changing; game changer; highly recommend; recommend; best; the best; outstanding; superb; incredible
😍; 🥰; ❤; ♥; 💕; 💖; 💗; 😻; 🙏; 🤩; 🎉; 👏; 💯; 🥳)";

const char *const kPositive =
    R"(bien; tres bien; bon; bonne; super; top; efficace; efficaces; merci; merci beaucoup; content; contente; ravi; ravie; satisfait; satisfaite; soulage; soulagée; soulagee; soulagement; enfin; pratique; rapide; agreable; sympa; cool; fan; heureux; heureuse; aime; j aime; meilleur; meilleure; ideal; idéal; marche bien; fonctionne bien; ca marche; ça marche; efficacite; confiance; rassure; rassuree; rassurant; rien a redire; je valide; combo gagnant; passe creme; fait effet; fait son effet; fait le job; au poil; aucune difference; worth it; totally worth it; 10/10; no notes; keeping me going; works for me; fitter; pas mal; pas de souci; aucun souci; aucun probleme; ca va; ca va mieux; va mieux; mieux; dors bien; dormi comme un bebe; bonne nuit; reposant; doux; douce; jamais ete decu; jamais ete decue; jamais decu; jamais decue
good; great; nice; thanks; thank you; thx; works; worked; works great; helpful; helps; effective; happy; glad; relief; relieved; finally; fast; quick; easy; better; not bad; no complaints; no problem; no problems; no issues; satisfied; pleased; reliable; trust; sleep well; slept well; slept like a baby; gentle; fine
🙌; 😊; 🙂; 😀; 😃; 😄; 😁; 👍; 💪; ✨; ✅; 😌; 🤗; 😇; ☺; 🌟; ⭐; 👌; 😉)";

const char *const kNegative =
    R"(mauvais; mauvaise; nul; nulle; bof; moyen; decu; decue; deçu; déçue; deception; inefficace; inutile; cher; trop cher; hors de prix; arnaque; honte; colere; enerve; enervee; peur; inquiet; inquiete; inquietant; inquiétant; grave; probleme; problemes; souci; soucis; galere; marre; j en ai marre; ras le bol; triste; regrette; dommage; pas terrible; pas top; pas bien; pas efficace; ne marche pas; marche pas; ca marche pas; sert a rien; aucun effet; zero effet; ne fait rien; fait rien; arrete; jamais plus; plus jamais; stop; attention; mefiez vous; mefiance; rupture; introuvable; penurie; pire; effets secondaires; dangereux; dangereuse; bizarre; louche; bof bof; merci bien; immonde; illisible; impossible; casse; cassé; ecrase; ecrasee; en miettes; abusez; vous abusez; toujours pas recu; toujours rien; ne repond jamais; repond jamais; sans reponse; enormes; chiant; chiante; gênant; genant; degoutant; infect; relou; penible
bad; poor; meh; disappointed; disappointing; useless; expensive; overpriced; worried; worry; scared; afraid; angry; annoyed; frustrated; frustrating; sad; problem; problems; issue; issues; doesn t work; didn t work; not working; no effect; waste; waste of money; stopped; quit; never again; careful; beware; shortage; out of stock; side effects; dangerous; weird; sketchy; not good; not great; not worth; avoid; regret; broke; broken; crushed; impossible; never replies; still nothing; you re having a laugh; having a laugh; horse pills; hard to get; cringe; annoying; gross; disgusting taste
😕; 😟; 😞; 😔; 😢; 😥; 😓; 😩; 😫; 😒; 🙄; 😬; 😷; ☹; 🙁; 👎; 😐; 😑; 💔; 😰; 😨)";

const char *const kStrongNegative =
    R"(horrible; affreux; affreuse; atroce; catastrophe; catastrophique; scandale; scandaleux; honteux; honteuse; degueulasse; degoute; degoutee; pourri; pourrie; merde; de la merde; poison; dangereux; a fuir; fuyez; enfer; cauchemar; furieux; furieuse; la pire; le pire; je deconseille; deconseille; jamais plus jamais; criminel; criminels; honte a vous; escroc; escrocs; menteurs; a eviter
terrible; awful; horrible; worst; the worst; hate; hated; hate it; disgusting; scam; poison; nightmare; hell; furious; disgusted; garbage; trash; crap; sucks; avoid at all costs; stay away; do not buy; don t buy; never buy; criminal; liars; shame on you
😡; 😠; 🤬; 😭; 😱; 🤮; 🤢; 💀)";

const char *const kIntensifiers =
    R"(tres; trop; vraiment; tellement; hyper; super; grave; vachement; carrement; completement; totalement; absolument; extremement; si; tant; archi; ultra; mega; franchement; sincerement; really; very; so; super; extremely; totally; absolutely; incredibly; truly; seriously; sooo; soooo; such; way too; too)";

} // namespace

std::vector<LexiconBlock> sentimentBlocks()
{
    using namespace Category;
    return {{Sentiment, 3, kStrongPositive},
            {Sentiment, 2, kPositive},
            {Sentiment, -2, kNegative},
            {Sentiment, -3, kStrongNegative},
            {Intensifier, 0, kIntensifiers}};
}

} // namespace classify
} // namespace vigie
