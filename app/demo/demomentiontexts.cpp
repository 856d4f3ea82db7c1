// What the web says about the brands: social posts, forum threads and news headlines.
// {p} product as people write it, {c} the other side's product, {b} the brand.
#include "demo/demotexts.h"

namespace vigie {
namespace demo {

namespace {

const Phrase kPositiveFr[] = {
    {Area::Consumer, "Franchement {p} c'est le seul qui marche sur moi"},
    {Area::Consumer, "Merci {b} pour les conseils du jour, enfin du contenu utile"},
    {Area::Consumer, "Je recommande {p} à 100 %"},
    {Area::Consumer, "Ma pharmacienne m'a conseillé {p}, rien à redire"},
    {Area::Pain, "Migraine terrassée en 20 minutes grâce à {p} 🙌"},
    {Area::Pain, "{p} toujours dans la trousse de secours, indispensable"},
    {Area::Pain, "Le format sécable de {p}, petit détail qui change la vie de ma grand-mère"},
    {Area::Pain, "Entre {p} et {c} je prends {p}, plus facile à avaler"},
    {Area::Sleep, "Première nuit complète depuis des semaines avec {p} 😴"},
    {Area::Sleep, "{p} m'a sauvé le décalage horaire au retour de New York"},
    {Area::Sleep, "Le spray {b} est hyper pratique en voyage"},
    {Area::Sleep, "Les conseils sommeil de {b} sont vraiment bien faits, je partage"},
    {Area::Cardio, "Bonne formation de {b} sur la titration des bêta-bloquants hier soir"},
    {Area::Cardio, "Documentation patient de {b} claire et bien faite, je la distribue en consultation"},
};

const Phrase kPositiveEn[] = {
    {Area::Consumer, "Honestly {p} is the only one that works for me"},
    {Area::Consumer, "Great advice from {b} today, useful stuff"},
    {Area::Pain, "Headache gone in 20 min thanks to {p} 🙌"},
    {Area::Sleep, "First full night in weeks with {p} 😴"},
    {Area::Sleep, "{p} saved me from jet lag after my trip"},
    {Area::Cardio, "Useful webinar by {b} on beta-blocker titration"},
};

const Phrase kNeutralFr[] = {
    {Area::Consumer, "{p} ou {c}, vous prenez quoi vous ?"},
    {Area::Consumer, "Quelqu'un sait si {p} est remboursé ?"},
    {Area::Consumer, "Vu une pub {b} dans le métro ce matin"},
    {Area::Consumer, "{p} c'est sans ordonnance ?"},
    {Area::Consumer, "Ma pharmacie fait une promo sur {p} cette semaine"},
    {Area::Consumer, "Quelqu'un a testé {p} ? avis ?"},
    {Area::Consumer, "Le nouveau packaging {b} est sorti"},
    {Area::Consumer, "Question bête mais {p} et {c} c'est la même molécule non ?"},
    {Area::Pain, "{p} en prévention avant le marathon, bonne ou mauvaise idée ?"},
    {Area::Pain, "Combien de temps entre deux prises de {p} déjà ?"},
    {Area::Pain, "Dans l'armoire à pharmacie : {p}, pansements, thermomètre. Il manque quoi ?"},
    {Area::Sleep, "Quelqu'un prend {p} tous les soirs ? c'est ok sur la durée ?"},
    {Area::Sleep, "Mélatonine : {p} ou {c}, vos retours ?"},
    {Area::Sleep, "Changement d'heure dimanche, je sors le {p} 😅"},
    {Area::Cardio, "Des retours sur {p} chez le sujet âgé ?"},
    {Area::Cardio, "Nouveau RCP {p} publié, rubrique 4.8 modifiée"},
};

const Phrase kNeutralEn[] = {
    {Area::Consumer, "{p} or {c}, which one do you take?"},
    {Area::Consumer, "Anyone tried {p}? Thoughts?"},
    {Area::Consumer, "Saw an ad for {b} on the subway this morning"},
    {Area::Pain, "How long between two doses of {p} again?"},
    {Area::Sleep, "Does anyone take {p} every night? Is that ok long term?"},
    {Area::Cardio, "Any experience with {p} in elderly patients?"},
};

const Phrase kNegativeFr[] = {
    {Area::Consumer, "{p} en rupture dans 3 pharmacies, merci {b} 🙃"},
    {Area::Consumer, "Le prix de {p} a pris 20 % en un an, sérieux ?"},
    {Area::Consumer, "Encore une pub {b} déguisée en conseil santé…"},
    {Area::Consumer, "Service client {b} injoignable, 3 mails sans réponse"},
    {Area::Consumer, "{p} aucun effet sur moi, argent jeté par les fenêtres"},
    {Area::Pain, "Les comprimés de {p} sont énormes, impossible à avaler"},
    {Area::Pain, "L'emballage de {p} est une plaie quand on a mal aux mains"},
    {Area::Sleep, "{p} ne m'a rien fait, toujours réveillée à 4h du mat"},
    {Area::Sleep, "Le spray {p} a coulé dans ma valise 😤"},
    {Area::Cardio, "Encore des tensions d'approvisionnement sur {p}, on fait comment avec les patients ?"},
};

const Phrase kNegativeEn[] = {
    {Area::Consumer, "{p} out of stock everywhere, thanks {b} 🙃"},
    {Area::Consumer, "Another ad from {b} pretending to be health advice"},
    {Area::Sleep, "{p} did nothing for me, still awake at 4am"},
    {Area::Cardio, "Supply issues with {p} again, patients are worried"},
};

const Phrase kAdverseFr[] = {
    {Area::Consumer, "Plaques rouges partout après {p}, quelqu'un d'autre ?"},
    {Area::Consumer, "Depuis que je prends {p} j'ai des vertiges le matin 😵"},
    {Area::Pain, "Brûlures d'estomac après 3 jours de {p}, je vais arrêter"},
    {Area::Pain, "Mon fils a vomi après {p}, on a appelé le médecin de garde"},
    {Area::Sleep, "{p} me donne des cauchemars, c'est fou"},
    {Area::Sleep, "Mal de tête tous les matins depuis que j'ai commencé {p}"},
    {Area::Cardio, "Patient sous {p} : bradycardie à 45, déclaration faite"},
};

const Phrase kAdverseEn[] = {
    {Area::Consumer, "Got a rash after taking {p}, anyone else?"},
    {Area::Consumer, "Dizzy every morning since I started {p}"},
    {Area::Sleep, "{p} gives me nightmares, seriously"},
    {Area::Cardio, "Patient on {p}: bradycardia at 42 bpm, reported to pharmacovigilance"},
};

// The rumour that drives the crisis spike: a batch recall of Hélidol Ibu that never happened.
const Phrase kCrisisFr[] = {
    {Area::Any, "Rappel de lot sur {p} ?? Quelqu'un a l'info officielle ?"},
    {Area::Any, "Apparemment {p} serait retiré des pharmacies, on nous dit rien 😡"},
    {Area::Any, "{b} silence radio sur le rappel de {p}, inadmissible"},
    {Area::Any, "J'ai jeté ma boîte de {p} par précaution, merci la transparence"},
    {Area::Any, "Thread : ce qu'on sait (et ce qu'on ne sait pas) sur le soi-disant rappel de {p}"},
    {Area::Any, "Ma pharmacienne dit que {p} n'est pas rappelé, mais la vidéo tourne partout"},
    {Area::Any, "Plus jamais {b}, je passe à {c}"},
};

const Phrase kCrisisEn[] = {
    {Area::Any, "Is {p} being recalled?? Anyone have official info?"},
    {Area::Any, "{b} silent about the {p} recall rumour, not great"},
};

// The #NuitsSereines campaign that drives the positive peak.
const Phrase kCampaignFr[] = {
    {Area::Any, "Mon rituel #NuitsSereines : tisane, lecture et téléphone dans le salon 🌙"},
    {Area::Any, "Je participe au jeu #NuitsSereines de {b} ! Mon astuce : chambre à 18°"},
    {Area::Any, "Super campagne #NuitsSereines, enfin des conseils sommeil qui ne culpabilisent pas"},
    {Area::Any, "#NuitsSereines jour 3 sans écran au lit et ça change tout 😴"},
    {Area::Any, "J'ai gagné le masque de nuit {b} 🎉 #NuitsSereines"},
};

const Phrase kCampaignEn[] = {
    {Area::Any, "My #NuitsSereines routine: tea, a book and no phone in the bedroom 🌙"},
    {Area::Any, "Loving the #NuitsSereines campaign from {b}"},
};

// Headlines always name the brand or the product: they are what the listening search found.
const Phrase kGoodNewsFr[] = {
    {Area::Consumer, "Automédication : {p} parmi les références les plus demandées en officine"},
    {Area::Any, "{b} mise sur les conseils santé en ligne pour se rapprocher des patients"},
    {Area::Pain, "Antidouleurs : les bons réflexes rappelés par les autorités de santé, {p} cité en exemple"},
    {Area::Sleep, "Sommeil : la campagne de {b} saluée par les internautes"},
    {Area::Cardio,
     "Observance des traitements cardiovasculaires : le programme d'accompagnement de {b} salué"},
};

const Phrase kGoodNewsEn[] = {
    {Area::Any, "{b} bets on online health advice to reach patients"},
    {Area::Cardio, "Heart failure follow-up: {b}'s patient programme praised by cardiologists"},
};

const Phrase kNewsFr[] = {
    {Area::Any, "Forum : vos avis sur {p} ?"},
    {Area::Pain, "Forum : {p} ou {c} pour les douleurs dentaires ?"},
    {Area::Pain, "Grippe saisonnière : ruée sur {p} et {c} dans les pharmacies"},
    {Area::Sleep, "Mélatonine : ce qu'il faut savoir avant d'en prendre ({p}, {c}…)"},
    {Area::Sleep, "Forum : {p} pour les insomnies passagères, ça marche vraiment ?"},
    {Area::Sleep, "Changement d'heure : les ventes de {p} s'envolent"},
    {Area::Cardio, "Insuffisance cardiaque : point sur les bêta-bloquants, dont {p}"},
    {Area::Cardio, "Mise à jour du RCP de {p} : ce qui change pour les prescripteurs"},
};

const Phrase kNewsEn[] = {
    {Area::Sleep, "Melatonin: what to know before taking it ({p}, {c}…)"},
    {Area::Pain, "Flu season: pharmacies see a rush on {p} and {c}"},
    {Area::Cardio, "Beta-blockers in heart failure: an update on {p}"},
    {Area::Any, "Forum: what do you think of {p}?"},
};

const Phrase kBadNewsFr[] = {
    {Area::Consumer, "Prix des médicaments sans ordonnance : {p} en hausse, {c} stable"},
    {Area::Any, "Tensions d'approvisionnement : {p} difficile à trouver dans certaines régions"},
    {Area::Consumer, "Forum : « {p} ne me fait plus rien », les internautes partagés"},
    {Area::Cardio, "Ruptures de stock : les cardiologues inquiets pour leurs patients sous {p}"},
};

const Phrase kBadNewsEn[] = {
    {Area::Any, "Supply tensions in Europe: {p} hard to find in some regions"},
};

const Phrase kFeedTitlesFr[] = {
    {Area::Any, "Actu Pharma Hebdo"},    {Area::Any, "Le Fil Santé"},
    {Area::Any, "Forum Santé Pratique"}, {Area::Any, "Officine Infos"},
    {Area::Sleep, "Blog Dormir Mieux"},  {Area::Pain, "Forum Parents & Santé"},
    {Area::Cardio, "Cardio Veille"},     {Area::Pain, "Douleur Info"},
};

const Phrase kFeedTitlesEn[] = {
    {Area::Any, "Pharma Wire Europe"},
    {Area::Any, "Health Forum Daily"},
    {Area::Sleep, "Sleep Science Blog"},
};

// What people add at the end of a post, by mood.
const Phrase kPositiveEndsFr[] = {{Area::Any, " 👍"},   {Area::Any, " 🙏"},   {Area::Any, " 😍"},
                                  {Area::Any, " 🙌"},   {Area::Any, " !!"},  {Area::Any, " 💚"},
                                  {Area::Sleep, " 😴"}, {Area::Sleep, " 🌙"}, {Area::Any, " #santé"}};
const Phrase kPositiveEndsEn[] = {
    {Area::Any, " 👍"}, {Area::Any, " 🙌"}, {Area::Any, " 💚"}, {Area::Sleep, " 😴"}, {Area::Any, " #health"}};
const Phrase kNeutralEndsFr[] = {{Area::Any, " 🤔"},
                                 {Area::Any, " 😅"},
                                 {Area::Any, " mdr"},
                                 {Area::Any, " #pharmacie"},
                                 {Area::Any, " #automédication"}};
const Phrase kNeutralEndsEn[] = {{Area::Any, " 🤔"}, {Area::Any, " lol"}, {Area::Any, " #health"}};
const Phrase kNegativeEndsFr[] = {
    {Area::Any, " 🙄"}, {Area::Any, " 😤"}, {Area::Any, " 😡"}, {Area::Any, " …"}, {Area::Any, " !!"}};
const Phrase kNegativeEndsEn[] = {{Area::Any, " 🙄"}, {Area::Any, " 😤"}, {Area::Any, " smh"}};

// How people open a post before getting to the point.
const Phrase kOpenersFr[] = {{Area::Any, "Perso, "},
                             {Area::Any, "Bon, "},
                             {Area::Any, "Sérieusement, "},
                             {Area::Any, "Bref, "},
                             {Area::Any, "Honnêtement, "}};
const Phrase kOpenersEn[] = {{Area::Any, "Honestly, "}, {Area::Any, "Ok so "}, {Area::Any, "Tbh "}};

} // namespace

const Bank &mentionBank(MentionTone tone)
{
    static const Bank positive{kPositiveFr, kPositiveEn};
    static const Bank neutral{kNeutralFr, kNeutralEn};
    static const Bank negative{kNegativeFr, kNegativeEn};
    static const Bank adverse{kAdverseFr, kAdverseEn};
    static const Bank crisis{kCrisisFr, kCrisisEn};
    static const Bank campaign{kCampaignFr, kCampaignEn};
    switch (tone) {
    case MentionTone::Positive:
        return positive;
    case MentionTone::Neutral:
        return neutral;
    case MentionTone::Negative:
        return negative;
    case MentionTone::Adverse:
        return adverse;
    case MentionTone::Crisis:
        return crisis;
    case MentionTone::Campaign:
        return campaign;
    }
    return neutral;
}

const Bank &feedHeadlines(Sentiment tone)
{
    static const Bank good{kGoodNewsFr, kGoodNewsEn};
    static const Bank news{kNewsFr, kNewsEn};
    static const Bank bad{kBadNewsFr, kBadNewsEn};
    return tone == Sentiment::Positive ? good : tone == Sentiment::Negative ? bad : news;
}

QString feedTitle(DemoRandom &rng, bool french, Area area)
{
    static const Bank titles{kFeedTitlesFr, kFeedTitlesEn};
    return pickPhrase(rng, titles, french, area);
}

QString withTrailingEmoji(DemoRandom &rng, const QString &text, Sentiment mood, Area area, bool french)
{
    static const Bank positive{kPositiveEndsFr, kPositiveEndsEn};
    static const Bank neutral{kNeutralEndsFr, kNeutralEndsEn};
    static const Bank negative{kNegativeEndsFr, kNegativeEndsEn};
    if (text.isEmpty() || text.back().isSurrogate()) // already ends with an emoji
        return text;
    return text + pickPhrase(rng,
                             mood == Sentiment::Positive   ? positive
                             : mood == Sentiment::Negative ? negative
                                                           : neutral,
                             french, area);
}

QString withOpener(DemoRandom &rng, const QString &text, bool french)
{
    static const Bank openers{kOpenersFr, kOpenersEn};
    // Only before plain words: a name or a handle keeps its capital.
    const QString first = text.section(QLatin1Char(' '), 0, 0);
    if (text.isEmpty() || !text.at(0).isUpper() || first.size() < 2 || !first.at(1).isLower())
        return text;
    return pickPhrase(rng, openers, french, Area::Any) + text.at(0).toLower() + text.mid(1);
}

} // namespace demo
} // namespace vigie
