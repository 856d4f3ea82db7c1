// What people write to the laboratory's accounts, and what the community team answers.
// {p} product as people write it, {c} the other side's product, {n} a first name, {a} the account.
#include "demo/demotexts.h"

#include <cstring>

namespace vigie {
namespace demo {

namespace {

// --- Conversation openers, per topic ---

const Phrase kQuestionFr[] = {
    {Area::Pain, "Bonjour, est-ce qu'on peut prendre {p} en même temps qu'un anti-inflammatoire ?"},
    {Area::Pain, "{p} c'est combien de temps entre 2 prises svp ?"},
    {Area::Pain, "Bonjour, mon fils a 8 ans et 26 kg, il peut prendre {p} ? Merci d'avance"},
    {Area::Pain, "on peut couper le comprimé en deux ? il est énorme 😅"},
    {Area::Pain, "Quelle différence entre {p} et {c} à part le prix ?"},
    {Area::Pain, "Je suis enceinte de 5 mois, est-ce que {p} est autorisé ? Ma sage-femme est injoignable"},
    {Area::Pain, "Bonjour, c'est remboursé si c'est prescrit par le médecin ?"},
    {Area::Pain, "Est ce que {p} marche aussi pour les règles douloureuses ?"},
    {Area::Sleep, "Bonjour, {p} ça se prend combien de temps avant de se coucher ?"},
    {Area::Sleep, "On peut en prendre tous les soirs ou c'est pour dépanner ? 🤔"},
    {Area::Sleep, "Est-ce que {p} est compatible avec un traitement pour la tension ?"},
    {Area::Sleep, "C'est pour le décalage horaire aussi ? Je pars à Montréal la semaine prochaine ✈️"},
    {Area::Sleep, "Quelle différence entre {p} et {c} ? ma pharmacienne m'a proposé les deux"},
    {Area::Sleep, "Mon ado de 15 ans dort très mal, il peut prendre {p} ?"},
    {Area::Any, "Bonjour, la notice de {p} est introuvable sur votre site, vous pouvez me l'envoyer ?"},
    {Area::Any, "Il y a du lactose dedans ? je suis intolérante"},
    {Area::Any, "Vous livrez en Belgique ? 🇧🇪 Introuvable ici"},
    {Area::Any, "Bonjour, {p} contient-il du gluten svp ?"},
    {Area::Any, "Le produit est fabriqué en France ?"},
};

const Phrase kQuestionEn[] = {
    {Area::Pain, "Hi, can I take {p} together with ibuprofen?"},
    {Area::Pain, "How many hours between two doses of {p}?"},
    {Area::Pain, "What's the actual difference between {p} and {c}?"},
    {Area::Pain, "Is {p} ok for period pain?"},
    {Area::Sleep, "How long before bed should I take {p}?"},
    {Area::Sleep, "Does {p} help with jet lag? Flying to Tokyo next week"},
    {Area::Sleep, "Can I take it every night or is it just occasional use?"},
    {Area::Any, "Is {p} available in the UK or only in France?"},
    {Area::Any, "Is it safe while breastfeeding? Asking for my wife"},
    {Area::Any, "Is there lactose in {p}?"},
};

const Phrase kPraiseFr[] = {
    {Area::Any, "Merci pour ces conseils, très utiles 🙏"},
    {Area::Any, "Super post, je partage à ma mère !"},
    {Area::Any, "enfin un labo qui explique clairement 👏👏"},
    {Area::Any, "Merci pour le live d'hier, j'ai appris plein de choses"},
    {Area::Pain, "{p} m'a sauvé la soirée hier, migraine partie en 30 min 🙌"},
    {Area::Pain, "Toujours dans mon sac, indispensable 💊"},
    {Area::Pain, "Le nouveau format sécable c'est top pour ma grand-mère, merci !"},
    {Area::Pain, "Perso je prends que {p}, jamais déçue"},
    {Area::Sleep, "Top l'astuce de la chambre à 18°, ça change tout 😍"},
    {Area::Sleep, "{p} m'a bien aidée pour le décalage horaire au retour de Bali 🌴"},
    {Area::Sleep, "Je dors enfin mieux depuis que j'ai arrêté les écrans le soir. Merci pour les conseils !"},
    {Area::Sleep, "Le spray est trop pratique, plus besoin d'eau 👌"},
    {Area::Sleep, "trop mignonne l'illustration du chat qui dort 😻"},
    {Area::Any, "Merci pour la clarté, ça change des forums qui racontent n'importe quoi"},
    {Area::Any, "Ma pharmacienne m'en a parlé, elle avait raison 👍"},
    {Area::Pain, "Le live de jeudi était super, on en veut d'autres !"},
    {Area::Sleep, "J'ai testé la respiration 4-7-8 hier soir, endormie en 10 minutes 😴"},
};

const Phrase kPraiseEn[] = {
    {Area::Any, "Great tips, thanks!"},
    {Area::Any, "Love this account, always useful advice 💚"},
    {Area::Pain, "{p} works wonders for my headaches 🙌"},
    {Area::Sleep, "Finally slept 7 hours straight 😴 thank you for the tips"},
    {Area::Sleep, "The jet lag advice worked perfectly, thanks!"},
};

const Phrase kComplaintFr[] = {
    {Area::Any, "Rupture de stock de {p} dans toutes les pharmacies de mon quartier 😡"},
    {Area::Any, "Le prix a encore augmenté… c'est abusé"},
    {Area::Any, "Toujours pas de réponse à mon mail depuis 2 semaines, merci le service client"},
    {Area::Any, "Vous pouvez arrêter la pub déguisée en conseil santé ? bof bof"},
    {Area::Any, "Votre site ne marche pas sur mobile, impossible de trouver la notice"},
    {Area::Pain, "Les comprimés sont énormes, impossible à avaler pour ma mère"},
    {Area::Pain, "L'emballage est impossible à ouvrir quand on a de l'arthrose 😤"},
    {Area::Sleep, "Le spray a fuit dans mon sac, pas top du tout"},
    {Area::Sleep, "Aucun effet sur moi, je dors toujours aussi mal. Déçue."},
};

const Phrase kComplaintEn[] = {
    {Area::Any, "Can't find {p} anywhere, out of stock everywhere?"},
    {Area::Any, "The packaging is impossible to open 🙄"},
    {Area::Any, "This is just an ad dressed up as advice…"},
    {Area::Sleep, "Didn't do anything for me, still awake at 3am"},
};

// Each of these describes something that happened to a person after taking a product.
const Phrase kAdverseFr[] = {
    {Area::Any, "Depuis que je prends {p} j'ai des vertiges le matin, c'est normal ?"},
    {Area::Any, "J'ai eu des plaques rouges sur les bras après avoir pris {p} 😟"},
    {Area::Any, "Après {p} j'ai eu les lèvres qui ont gonflé, le médecin parle d'allergie"},
    {Area::Pain, "Gros mal de ventre après 3 jours de {p}, j'ai dû aller aux urgences"},
    {Area::Pain, "ma fille a vomi deux fois après avoir pris {p}… on arrête ?"},
    {Area::Pain, "J'ai des brûlures d'estomac horribles depuis que je prends {p} pour mon dos"},
    {Area::Sleep, "{p} me donne des cauchemars horribles depuis une semaine"},
    {Area::Sleep, "Depuis {p} je suis complètement dans le coltar toute la matinée, mal de tête en plus"},
    {Area::Sleep, "jsuis sous {p} depuis 10 jours et j'ai des nausées tous les matins 🤢"},
};

const Phrase kAdverseEn[] = {
    {Area::Any, "my son got a rash after taking {p}"},
    {Area::Any, "I've been dizzy every morning since starting {p}"},
    {Area::Pain, "Had terrible stomach pain after the second dose of {p}"},
    {Area::Sleep, "Started {p} last week and now I wake up with a headache every day"},
};

// Talk about side effects that must NOT be flagged: negations, questions, hearsay of none.
const Phrase kEffectNoAdverseFr[] = {
    {Area::Any, "Aucun effet secondaire pour moi, je le prends depuis 2 ans 👍"},
    {Area::Any, "est-ce que {p} peut donner des nausées ?"},
    {Area::Any, "Quels sont les effets secondaires possibles de {p} ? Je préfère savoir avant"},
    {Area::Any, "Jamais eu le moindre effet indésirable avec {p}"},
    {Area::Any, "Est-ce que {p} fait grossir ? 🤔"},
    {Area::Sleep, "Pas de somnolence le lendemain, contrairement à ce que je craignais"},
    {Area::Sleep, "Ça rend dépendant ou pas ? J'ai peur de ne plus pouvoir m'en passer"},
    {Area::Pain, "Est-ce que {p} abîme le foie si on en prend souvent ?"},
};

const Phrase kEffectNoAdverseEn[] = {
    {Area::Any, "No side effects at all for me 👍"},
    {Area::Any, "Can {p} cause drowsiness?"},
    {Area::Any, "Does {p} have any side effects with alcohol?"},
    {Area::Sleep, "No grogginess in the morning, which is great"},
};

const Phrase kChatFr[] = {
    {Area::Any, "Intéressant, je ne savais pas"},
    {Area::Any, "Et pour les enfants, c'est pareil ?"},
    {Area::Any, "Vous avez une source pour le chiffre ?"},
    {Area::Any, "@{a} vous serez au salon de la santé à Lyon ?"},
    {Area::Any, "Bonne idée ce format, continuez"},
    {Area::Sleep, "Moi c'est tisane + livre et dodo à 22h30 📚"},
    {Area::Sleep, "La règle des 20 minutes je connaissais pas, je teste ce soir"},
    {Area::Pain, "Le quiz était piège 😂 j'ai répondu vrai"},
    {Area::Pain, "Faux ! 4h minimum je crois"},
    {Area::Any, "Vous pourriez faire un post sur les allergies de printemps ?"},
    {Area::Any, "Les visuels sont top, c'est qui votre graphiste ? 😄"},
    {Area::Any, "Je ne savais pas que vous étiez un labo français"},
    {Area::Any, "Partagé dans le groupe des parents de l'école 👍"},
    {Area::Any, "Et en Belgique c'est pareil ?"},
    {Area::Sleep, "Moi c'est le chat qui me réveille à 5h, vous avez une astuce ? 😹"},
    {Area::Sleep, "La chambre à 18° en hiver c'est dur quand même 🥶"},
    {Area::Pain, "Le coup de l'armoire à pharmacie dans la salle de bain, j'étais en plein dedans 😅"},
};

const Phrase kChatEn[] = {
    {Area::Any, "Interesting, didn't know that"},
    {Area::Any, "Do you have a source for that figure?"},
    {Area::Sleep, "Reading + chamomile tea every night here 📚"},
    {Area::Any, "Could you do a post about hay fever?"},
    {Area::Any, "Shared with my parents' group 👍"},
    {Area::Sleep, "My cat wakes me up at 5am, any tips? 😹"},
};

const Phrase kCrisisFr[] = {
    {Area::Any, "C'est vrai cette histoire de rappel de lot sur {p} ??"},
    {Area::Any, "J'ai vu passer une vidéo qui dit que {p} est retiré des pharmacies, vous confirmez ?"},
    {Area::Any, "Mon pharmacien ne sait pas si mon lot est concerné, vous pouvez répondre svp ?"},
    {Area::Any, "Vous comptez communiquer quand sur le rappel ?? Silence radio c'est inadmissible"},
    {Area::Any, "J'en ai donné à mon fils hier soir, je dois m'inquiéter ? 😰"},
    {Area::Any, "Numéro de lot 24B117, il est concerné ?"},
};

const Phrase kCrisisEn[] = {
    {Area::Any, "Is it true that {p} is being recalled??"},
    {Area::Any, "Saw a TikTok saying {p} is pulled from pharmacies, can you confirm?"},
};

const Phrase kProfessionalFr[] = {
    {Area::Any, "Chers confrères, vos retours sur la tolérance de {p} chez le sujet de plus de 80 ans ?"},
    {Area::Any,
     "Chez mes patients insuffisants cardiaques la titration se passe bien, pas d'effet indésirable "
     "notable à 3 mois."},
    {Area::Any, "Quelqu'un a-t-il de la documentation patient simplifiée sur les bêta-bloquants ?"},
    {Area::Any, "Switch de {p} vers un autre bêta-bloquant chez un asthmatique : vous faites comment ?"},
    {Area::Any, "Merci pour le webinaire de jeudi, très clair sur la titration."},
    {Area::Any, "Des nouvelles des ruptures annoncées sur le dosage 2,5 mg ?"},
};

const Phrase kProfessionalAdverseFr[] = {
    {Area::Any,
     "Un patient de 74 ans sous {p} m'a présenté une bradycardie à 44 bpm avec malaise, déclaration "
     "faite au CRPV."},
    {Area::Any, "Deux patientes sous {p} depuis un mois se plaignent d'extrémités froides et de fatigue "
                "marquée. D'autres cas ?"},
};

// --- Direct messages: more personal, often more detail ---

const Phrase kDirectFr[] = {
    {Area::Any, "Bonjour, je vous écris en privé : je n'arrive plus à trouver {p} près de chez moi (Rennes), "
                "vous savez quand ça revient ?"},
    {Area::Any, "Bonjour, je suis pharmacienne à Clermont-Ferrand, le grossiste m'annonce {p} en rupture "
                "jusqu'à fin du mois, vous confirmez ?"},
    {Area::Any,
     "Hello, je suis créatrice de contenu bien-être (45k abonnés), partenariat possible ? 🙂"},
    {Area::Any,
     "Bonjour, je prépare un mémoire de master sur la com santé sur les réseaux, je peux vous poser "
     "quelques questions ?"},
    {Area::Any, "Bonjour, j'ai acheté {p} mais la boîte était déjà ouverte, c'est normal ?"},
};

const Phrase kDirectEn[] = {
    {Area::Any, "Hi, I'm a journalist at a health magazine, could I interview someone from your team?"},
    {Area::Any, "Hello, do you ship {p} to Switzerland?"},
};

// --- Replies within a conversation ---

// Other people joining in, per kind of conversation.
const Phrase kCommunityQuestionFr[] = {
    {Area::Any, "Demande à ton pharmacien, il saura te dire 😉"},
    {Area::Any, "Je me posais exactement la même question"},
    {Area::Any, "t'as essayé de demander à ton médecin ?"},
    {Area::Any, "Bonne question, je suis la réponse"},
    {Area::Any, "Moi mon médecin m'a dit que oui mais demande au tien"},
    {Area::Any, "C'est écrit dans la notice normalement"},
    {Area::Pain, "Attention à pas dépasser la dose hein"},
    {Area::Sleep, "essaie la tisane tilleul-verveine, chez moi ça marche bien"},
};

const Phrase kCommunityQuestionEn[] = {
    {Area::Any, "Ask your pharmacist 👍"},
    {Area::Any, "Following, I've been wondering the same"},
    {Area::Any, "It should be in the leaflet"},
};

const Phrase kCommunityComplaintFr[] = {
    {Area::Any, "Pareil pour moi !"},
    {Area::Any, "mdr le même problème ici"},
    {Area::Any, "+1, c'est pénible"},
    {Area::Any, "Je confirme"},
    {Area::Any, "Ah bon ? Première nouvelle"},
    {Area::Any, "Ça arrive, écrivez-leur en privé c'est plus rapide"},
};

const Phrase kCommunityComplaintEn[] = {
    {Area::Any, "Same here!"},
    {Area::Any, "+1, really annoying"},
    {Area::Any, "Try a DM, they answer faster there"},
};

// Someone worried for the person who had a reaction.
const Phrase kCommunityConcernFr[] = {
    {Area::Any, "Oh non, courage 😟"},
    {Area::Any, "Va voir ton médecin rapidement, faut pas laisser traîner"},
    {Area::Any, "Tu l'as signalé à ton pharmacien ?"},
    {Area::Any, "Il faut le déclarer, c'est important pour les autres patients"},
    {Area::Any, "Arrête de le prendre en attendant l'avis du médecin"},
};

const Phrase kCommunityConcernEn[] = {
    {Area::Any, "Oh no, hope you feel better soon"},
    {Area::Any, "Please see a doctor about that"},
    {Area::Any, "Did you report it to your pharmacist?"},
};

// The recall rumour: people compare what they heard.
const Phrase kCommunityCrisisFr[] = {
    {Area::Any, "J'ai vu la même vidéo, ça fait peur"},
    {Area::Any, "Mon pharmacien dit que c'est faux"},
    {Area::Any, "On attend une réponse officielle là"},
    {Area::Any, "Encore une fake news, vérifiez vos sources"},
    {Area::Any, "Ma boîte est à la poubelle par précaution 😬"},
};

const Phrase kCommunityCrisisEn[] = {
    {Area::Any, "Saw the same video, scary"},
    {Area::Any, "My pharmacist says it's fake"},
};

const Phrase kCommunityChatFr[] = {
    {Area::Any, "+1"},
    {Area::Any, "Merci pour l'info"},
    {Area::Any, "Pareil !"},
    {Area::Any, "Moi ça marche bien perso"},
    {Area::Any, "Ah bon ? Première nouvelle"},
    {Area::Any, "Je partage à ma sœur, elle va adorer"},
    {Area::Sleep, "La règle des 20 minutes je connaissais pas, je teste ce soir"},
    {Area::Pain, "Trop vrai pour le mal de dos au bureau 😅"},
};

const Phrase kCommunityChatEn[] = {
    {Area::Any, "Same here!"},
    {Area::Any, "Thanks for sharing"},
    {Area::Any, "Works fine for me tbh"},
};

const Phrase kCommunityProfessionalFr[] = {
    {Area::Any, "Même expérience chez mes patients, titration lente et ça passe bien."},
    {Area::Any, "Je rejoins mon confrère, surveillance de la FC à chaque consultation."},
    {Area::Any, "Intéressant, vous avez des données au-delà de 6 mois ?"},
    {Area::Any, "Je suis preneur de la documentation aussi, merci."},
};

// A second person who had the same reaction: also an adverse event.
const Phrase kCommunityAdverseFr[] = {
    {Area::Any, "Moi aussi j'ai eu des vertiges avec {p} les premiers jours"},
    {Area::Any, "Pareil, des démangeaisons partout après la 2e prise 😣"},
    {Area::Pain, "J'ai eu mal à l'estomac aussi avec {p}, j'ai arrêté"},
    {Area::Sleep, "Moi aussi {p} me donnait des cauchemars, j'ai arrêté au bout de 3 jours"},
};

const Phrase kCommunityAdverseEn[] = {
    {Area::Any, "Same thing happened to me with {p}, got a rash on day two"},
    {Area::Any, "I felt dizzy too the first few days on {p}"},
};

// The person who started the conversation, once the team has answered…
const Phrase kThanksFr[] = {
    {Area::Any, "Merci pour votre réponse rapide 🙏"},
    {Area::Any, "ok merci je vais voir avec mon médecin"},
    {Area::Any, "C'est noté, merci !"},
    {Area::Any, "Je vous ai envoyé un message privé"},
    {Area::Any, "Super, merci beaucoup"},
    {Area::Any, "Merci, j'ai fait la déclaration sur le site"},
};

const Phrase kThanksEn[] = {
    {Area::Any, "Thanks, will do"},
    {Area::Any, "Thanks for the quick answer!"},
    {Area::Any, "Sent you a DM"},
};

// …and while nobody has.
const Phrase kNudgeFr[] = {
    {Area::Any, "Toujours pas de réponse ?"},
    {Area::Any, "Up 🙏"},
    {Area::Any, "Personne pour me répondre ?"},
    {Area::Any, "Bon, je vais demander à ma pharmacienne"},
    {Area::Any, "Je précise : c'est pour ma fille de 6 ans"},
    {Area::Any, "Je relance, c'est assez urgent svp"},
    {Area::Any, "Quelqu'un de l'équipe peut répondre ?"},
    {Area::Any, "Je précise que je n'ai pas d'autre traitement"},
    {Area::Any, "Bon ben j'irai voir en pharmacie demain"},
    {Area::Any, "Vous répondez le week-end ?"},
};

const Phrase kNudgeEn[] = {
    {Area::Any, "Still no answer?"},
    {Area::Any, "Anyone?"},
    {Area::Any, "Never mind, asked my pharmacist"},
    {Area::Any, "Bumping this, it's a bit urgent"},
    {Area::Any, "Is anyone from the team around?"},
};

// --- The community team's answers (signed with a first name, as the team does) ---

const Phrase kReplyGeneralFr[] = {
    {Area::Any,
     "Bonjour {n}, merci pour votre message. Votre pharmacien ou votre médecin pourra vous conseiller "
     "selon votre situation. Belle journée !"},
    {Area::Any, "Merci {n} pour votre question ! Nous ne pouvons pas donner d'avis médical ici : parlez-en à "
                "votre pharmacien, il connaît vos traitements."},
    {Area::Any,
     "Bonjour {n}, merci pour votre question. Nous vous répondons en message privé pour entrer dans "
     "le détail."},
    {Area::Any, "Bonjour {n} 🙂 La notice de {p} est aussi disponible sur la base de données publique des "
                "médicaments. Pour un conseil adapté à votre cas, votre pharmacien reste le mieux placé."},
};

const Phrase kReplyGeneralEn[] = {
    {Area::Any, "Hi {n}, thanks for your message. Your pharmacist or doctor is the best person to advise you "
                "for your situation."},
    {Area::Any, "Thanks {n}! We can't give medical advice here, but your pharmacist will be happy to help."},
    {Area::Any, "Hi {n}, thanks for reaching out. We've sent you a private message with more details."},
};

const Phrase kReplyEffectsFr[] = {
    {Area::Any,
     "Bonjour {n}, les effets indésirables possibles de {p} sont listés dans la notice (rubrique 4). "
     "Votre pharmacien peut vous en parler selon votre situation."},
    {Area::Any,
     "Bonjour {n}, la notice de {p} détaille les effets possibles et leur fréquence. En cas de doute, "
     "votre pharmacien est là pour vous répondre."},
};

const Phrase kReplyEffectsEn[] = {
    {Area::Any,
     "Hi {n}, possible side effects of {p} are listed in section 4 of the leaflet. Your pharmacist "
     "can tell you more for your situation."},
};

const Phrase kReplyPraiseFr[] = {
    {Area::Any, "Merci {n} pour ce retour 💛 ça fait plaisir à toute l'équipe !"},
    {Area::Any, "Merci beaucoup {n} ! À bientôt pour de nouveaux conseils 😊"},
};

const Phrase kReplyPraiseEn[] = {
    {Area::Any, "Thank you {n}, that means a lot to the whole team 💛"},
};

const Phrase kReplyComplaintFr[] = {
    {Area::Any,
     "Bonjour {n}, nous sommes désolés pour ce désagrément. Pouvez-vous nous écrire en message privé "
     "pour que nous suivions votre demande ?"},
    {Area::Any,
     "Bonjour {n}, merci pour votre retour, nous le transmettons à l'équipe concernée et revenons vers "
     "vous rapidement."},
};

const Phrase kReplyComplaintEn[] = {
    {Area::Any, "Hi {n}, sorry about that. Could you send us a private message so we can follow up?"},
};

const Phrase kReplyAdverseFr[] = {
    {Area::Any,
     "Bonjour {n}, merci de nous avoir signalé cela. Pour que votre déclaration soit prise en compte, "
     "notre service de pharmacovigilance va vous contacter en message privé. Vous pouvez aussi "
     "déclarer l'effet sur signalement-sante.gouv.fr. En cas de symptôme grave, appelez le 15."},
    {Area::Any,
     "Bonjour {n}, nous sommes désolés de lire cela. Nous vous invitons à consulter votre médecin ; "
     "notre pharmacovigilance vous écrit en privé pour recueillir les détails."},
};

const Phrase kReplyAdverseEn[] = {
    {Area::Any, "Hi {n}, thank you for telling us. Our pharmacovigilance team will contact you privately to "
                "record the details. Please see a doctor if symptoms persist."},
};

const Phrase kReplyCrisisFr[] = {
    {Area::Any,
     "Bonjour {n}, aucun lot de {p} ne fait l'objet d'un rappel à ce jour. L'information qui circule "
     "est inexacte ; notre communiqué est en ligne sur notre site."},
};

const Phrase kReplyCrisisEn[] = {
    {Area::Any, "Hi {n}, no batch of {p} is being recalled. The information going around is incorrect; our "
                "statement is on our website."},
};

const Phrase kReplyProfessionalFr[] = {
    {Area::Any, "Merci Docteur pour ce retour. Notre département médical se tient à votre disposition via "
                "l'espace professionnels de santé."},
    {Area::Any, "Merci pour votre déclaration. Notre pharmacovigilance prend contact avec vous pour le suivi "
                "de ce cas."},
};

const char *const kCommunityManagers[] = {"Camille – équipe Hélianthe", "Léa – équipe Hélianthe",
                                          "Thomas – équipe Hélianthe"};

} // namespace

const Bank &inboxOpening(InboxTopic topic, bool directMessage)
{
    static const Bank question{kQuestionFr, kQuestionEn};
    static const Bank praise{kPraiseFr, kPraiseEn};
    static const Bank complaint{kComplaintFr, kComplaintEn};
    static const Bank adverse{kAdverseFr, kAdverseEn};
    static const Bank effect{kEffectNoAdverseFr, kEffectNoAdverseEn};
    static const Bank chat{kChatFr, kChatEn};
    static const Bank crisis{kCrisisFr, kCrisisEn};
    static const Bank professional{kProfessionalFr, kProfessionalFr};
    static const Bank professionalAdverse{kProfessionalAdverseFr, kProfessionalAdverseFr};
    static const Bank direct{kDirectFr, kDirectEn};
    switch (topic) {
    case InboxTopic::Question:
        return directMessage ? direct : question;
    case InboxTopic::Praise:
        return praise;
    case InboxTopic::Complaint:
        return complaint;
    case InboxTopic::AdverseEvent:
        return adverse;
    case InboxTopic::EffectNoAdverse:
        return effect;
    case InboxTopic::Chat:
        return chat;
    case InboxTopic::Crisis:
        return crisis;
    case InboxTopic::ProfessionalTalk:
        return professional;
    case InboxTopic::ProfessionalAdverse:
        return professionalAdverse;
    }
    return chat;
}

const Bank &communityReply(InboxTopic topic, bool adverse)
{
    static const Bank sameReaction{kCommunityAdverseFr, kCommunityAdverseEn};
    static const Bank question{kCommunityQuestionFr, kCommunityQuestionEn};
    static const Bank complaint{kCommunityComplaintFr, kCommunityComplaintEn};
    static const Bank chat{kCommunityChatFr, kCommunityChatEn};
    static const Bank professional{kCommunityProfessionalFr, kCommunityProfessionalFr};
    static const Bank concern{kCommunityConcernFr, kCommunityConcernEn};
    static const Bank crisis{kCommunityCrisisFr, kCommunityCrisisEn};
    if (adverse)
        return sameReaction;
    switch (topic) {
    case InboxTopic::Question:
    case InboxTopic::EffectNoAdverse:
        return question;
    case InboxTopic::AdverseEvent:
        return concern;
    case InboxTopic::Complaint:
        return complaint;
    case InboxTopic::Crisis:
        return crisis;
    case InboxTopic::ProfessionalTalk:
    case InboxTopic::ProfessionalAdverse:
        return professional;
    case InboxTopic::Praise:
    case InboxTopic::Chat:
        break;
    }
    return chat;
}

const Bank &authorFollowUp(bool answered)
{
    static const Bank thanks{kThanksFr, kThanksEn};
    static const Bank nudge{kNudgeFr, kNudgeEn};
    return answered ? thanks : nudge;
}

const Bank &brandReply(InboxTopic topic)
{
    static const Bank general{kReplyGeneralFr, kReplyGeneralEn};
    static const Bank effects{kReplyEffectsFr, kReplyEffectsEn};
    static const Bank praise{kReplyPraiseFr, kReplyPraiseEn};
    static const Bank complaint{kReplyComplaintFr, kReplyComplaintEn};
    static const Bank adverse{kReplyAdverseFr, kReplyAdverseEn};
    static const Bank crisis{kReplyCrisisFr, kReplyCrisisEn};
    static const Bank professional{kReplyProfessionalFr, kReplyProfessionalFr};
    switch (topic) {
    case InboxTopic::Praise:
        return praise;
    case InboxTopic::Complaint:
        return complaint;
    case InboxTopic::AdverseEvent:
        return adverse;
    case InboxTopic::Crisis:
        return crisis;
    case InboxTopic::ProfessionalTalk:
    case InboxTopic::ProfessionalAdverse:
        return professional;
    case InboxTopic::EffectNoAdverse:
        return effects;
    case InboxTopic::Question:
    case InboxTopic::Chat:
        break;
    }
    return general;
}

std::span<const char *const> communityManagers()
{
    return kCommunityManagers;
}

QString pickPhrase(DemoRandom &rng, const Bank &bank, bool french, Area area, const char *mustContain)
{
    const Phrases phrases = french || bank.en.empty() ? bank.fr : bank.en;
    const auto fits = [&](const Phrase &p) {
        const bool areaFits = p.area == Area::Any || p.area == area ||
                              (p.area == Area::Consumer && (area == Area::Pain || area == Area::Sleep));
        return areaFits && (!mustContain || std::strstr(p.text, mustContain));
    };
    // Draw until a phrase fits; banks are small, so this ends quickly.
    for (int attempt = 0; attempt < 64; ++attempt) {
        const Phrase &p = phrases[size_t(rng.below(int(phrases.size())))];
        if (fits(p))
            return QString::fromUtf8(p.text);
    }
    for (const Phrase &p : phrases) { // rare: the first that fits, then any that fits the area
        if (fits(p))
            return QString::fromUtf8(p.text);
    }
    return mustContain ? pickPhrase(rng, bank, french, area) : QString::fromUtf8(phrases.front().text);
}

} // namespace demo
} // namespace vigie
