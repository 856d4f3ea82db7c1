// What the laboratory's community team publishes: health tips, campaigns, news for professionals.
#include "demo/demotexts.h"

namespace vigie {
namespace demo {

namespace {

const PostIdea kIdeas[] = {
    // Hélidol: pain and fever, for the general public.
    {Helidol, true,
     "🌡️ Fièvre chez l'adulte : reposez-vous et buvez régulièrement. Le paracétamol peut soulager, "
     "en "
     "respectant au moins 4 heures entre deux prises. Si la fièvre dure plus de 3 jours, consultez votre "
     "médecin.",
     "🌡️ Fièvre ? Repos, hydratation et au moins 4 h entre deux prises de paracétamol. Plus de 3 "
     "jours "
     ": on "
     "consulte. #BonUsage"},
    {Helidol, true,
     "Mal de tête après une journée d'écran ? 💻 Essayez la règle 20-20-20 : toutes les 20 minutes, regardez "
     "au loin pendant 20 secondes. Buvez de l'eau et aérez la pièce.",
     nullptr},
    {Helidol, true,
     "Paracétamol : 3 réflexes pour un bon usage ✅\n1. Respectez la dose maximale indiquée sur la notice\n"
     "2. Vérifiez qu'aucun autre médicament pris en même temps ne contient du paracétamol\n3. En cas de "
     "doute, "
     "demandez conseil à votre pharmacien. #BonUsage",
     "Paracétamol, 3 réflexes ✅ dose maximale de la notice, pas de double prise cachée dans un autre "
     "médicament, et l'avis du pharmacien en cas de doute. #BonUsage"},
    {Helidol, true,
     "Courbatures après le sport ? 🏃‍♀️ Étirements doux, hydratation et sommeil sont vos "
     "meilleurs "
     "alliés. "
     "Si la douleur persiste plus de 5 jours, parlez-en à votre médecin.",
     nullptr},
    {Helidol, true,
     "Ibuprofène : il ne convient pas à tout le monde (grossesse, ulcère, insuffisance rénale…). Lisez la "
     "notice et demandez l'avis de votre pharmacien avant de le prendre.",
     nullptr},
    {Helidol, true,
     "Les migraines touchent près de 15 % des adultes. Noter vos crises (heure, durée, déclencheurs) dans un "
     "carnet aide votre médecin à trouver le traitement adapté. 📓",
     nullptr},
    {Helidol, true,
     "Petit quiz 🤔 Vrai ou faux : on peut reprendre du paracétamol 2 heures après la première "
     "prise "
     "si "
     "la douleur revient. Réponse demain, en commentaire 👇",
     nullptr},
    {Helidol, true,
     "Saison des virus 🦠 Lavage des mains, aération des pièces et mouchoirs jetables : les gestes "
     "simples "
     "restent les plus efficaces pour protéger toute la famille.",
     nullptr},
    {Helidol, true,
     "Mal de dos au bureau ? Écran à hauteur des yeux, pieds à plat, et une pause debout toutes les heures. "
     "Votre dos vous dira merci 🙌",
     nullptr},
    {Helidol, true,
     "Nouveau ✨ Hélidol 1 g existe désormais en comprimés sécables, plus faciles à avaler. Disponible en "
     "pharmacie. Demandez conseil à votre pharmacien.",
     nullptr},
    {Helidol, true,
     "Douleur dentaire ? 🦷 Un antalgique peut soulager en attendant le rendez-vous, mais seul votre "
     "dentiste pourra traiter la cause. N'attendez pas.",
     nullptr},
    {Helidol, true,
     "Enfant fiévreux 👶 La dose de paracétamol dépend du poids, pas de l'âge. Utilisez toujours la pipette "
     "fournie et notez l'heure de chaque prise.",
     nullptr},
    {Helidol, true,
     "Live questions-réponses jeudi à 18 h avec Julien, docteur en pharmacie 🎙️ Posez dès maintenant "
     "vos "
     "questions sur la douleur et la fièvre en commentaire !",
     "Live jeudi 18 h 🎙️ Vos questions sur la douleur et la fièvre, en direct avec un docteur en "
     "pharmacie. "
     "Posez-les en réponse !"},
    {Helidol, true,
     "Conservez vos médicaments hors de portée des enfants, à l'abri de la chaleur et de l'humidité. Donc "
     "pas dans la salle de bains ! 🚿❌",
     nullptr},
    {Helidol, true,
     "Rhume : dans la plupart des cas, il guérit seul en 7 à 10 jours. Repos, hydratation et lavage de nez "
     "suffisent souvent. Fièvre élevée ou gêne respiratoire : consultez.",
     nullptr},
    {Helidol, true,
     "1 Français sur 3 vit avec une douleur chronique. Vous n'êtes pas seul(e) : parlez-en à un "
     "professionnel de santé, des solutions existent. 💬",
     nullptr},
    {Helidol, false,
     "Fever tips 🌡️ Rest, drink plenty of water and leave at least 4 hours between two doses of "
     "paracetamol. If the fever lasts more than 3 days, see a doctor.",
     nullptr},
    {Helidol, false,
     "Headache after hours on screen? Try the 20-20-20 rule: every 20 minutes, look at something 20 feet "
     "away for 20 seconds. 👀",
     nullptr},
    {Helidol, true,
     "Fièvre chez l'enfant : ne le couvrez pas trop, surveillez son comportement plus que le chiffre du "
     "thermomètre, et "
     "proposez-lui à boire souvent. Avant 3 mois, toute fièvre impose de consulter. 👶",
     nullptr},
    {Helidol, true,
     "Paracétamol caché 🔎 Il se trouve aussi dans de nombreux médicaments contre le rhume. Lisez les "
     "compositions pour ne pas en prendre deux fois sans le savoir.",
     nullptr},
    {Helidol, true,
     "Jardinage, bricolage, déménagement : pensez à vous échauffer et à plier les genoux pour porter les "
     "charges lourdes. Votre dos vous remerciera demain. 🏡",
     nullptr},
    {Helidol, true,
     "Vrai ou faux ? « Un antidouleur se prend dès le premier signe de migraine. » VRAI : plus la prise est "
     "précoce, plus elle est efficace. Demandez conseil à votre pharmacien. 💡",
     nullptr},
    {Helidol, true,
     "Armoire à pharmacie : c'est le moment du tri ! 🧹 Rapportez les médicaments périmés à votre "
     "pharmacie, "
     "ils y sont collectés et éliminés en toute sécurité.",
     nullptr},
    {Helidol, false,
     "Hidden paracetamol 🔎 Many cold remedies contain it too. Check the label so you never take it twice "
     "by mistake.",
     nullptr},
    // Noctélia: sleep.
    {Noctelia, true,
     "😴 Bien dormir commence avant le coucher : pas d'écran dans l'heure qui précède, une chambre à "
     "18-19 °C et des horaires réguliers, même le week-end.",
     nullptr},
    {Noctelia, true,
     "Changement d'heure en vue ⏰ Les jours qui précèdent, décalez votre coucher de 10 à 15 minutes par "
     "jour pour aider votre horloge interne à s'adapter en douceur.",
     nullptr},
    {Noctelia, true,
     "La mélatonine, c'est quoi ? 🌙 Une hormone que notre cerveau produit naturellement quand la lumière "
     "baisse. Elle aide à réguler le cycle veille-sommeil.",
     nullptr},
    {Noctelia, true,
     "Décalage horaire ✈️ À l'arrivée, exposez-vous à la lumière du jour et calez vos repas sur "
     "l'heure "
     "locale. Demandez conseil à votre pharmacien avant le départ.",
     nullptr},
    {Noctelia, true,
     "Un café après 16 h ? ☕ La caféine reste active jusqu'à 6 heures dans l'organisme. En fin de journée, "
     "préférez une infusion.",
     nullptr},
    {Noctelia, true,
     "#NuitsSereines 🌙 Et vous, quel est votre rituel du soir ? Lecture, tisane, méditation… Partagez-le en "
     "commentaire, nous reposterons les plus inspirants !",
     nullptr},
    {Noctelia, true,
     "Réveillé(e) à 3 h du matin ? Si le sommeil ne revient pas au bout de 20 minutes, levez-vous et faites "
     "une activité calme dans la pénombre. 📖",
     nullptr},
    {Noctelia, true,
     "Le sport aide à mieux dormir… à condition de garder 2 à 3 heures entre l'effort et le coucher. "
     "🧘",
     nullptr},
    {Noctelia, true,
     "Noctélia Flash : un spray à la mélatonine pour aider à réduire le temps d'endormissement. Ne convient "
     "pas à l'enfant ni à la femme enceinte ou allaitante. Demandez conseil à votre pharmacien.",
     "Noctélia Flash, le spray à la mélatonine qui aide à s'endormir plus vite 🌙 Demandez conseil à votre "
     "pharmacien."},
    {Noctelia, true,
     "La sieste idéale ? 20 minutes maximum, et avant 15 h, pour ne pas perturber votre nuit. 💤", nullptr},
    {Noctelia, true,
     "Insomnie plus de 3 nuits par semaine depuis 3 mois ? Ce n'est pas une fatalité : parlez-en à votre "
     "médecin, des solutions existent.",
     nullptr},
    {Noctelia, true,
     "Lumière bleue 📱 Activez le mode nuit de votre téléphone et baissez la luminosité le soir. Encore "
     "mieux : laissez-le hors de la chambre !",
     nullptr},
    {Noctelia, true,
     "🎁 Jeu-concours #NuitsSereines : tentez de gagner un masque de nuit et notre guide du sommeil ! Abonnez-"
     "vous et partagez votre astuce anti-insomnie en commentaire. Règlement en lien dans la bio.",
     "🎁 Jeu-concours #NuitsSereines : un masque de nuit et notre guide du sommeil à gagner. Partagez votre "
     "astuce anti-insomnie !"},
    {Noctelia, false,
     "Sleep tip 🌙 Keep your bedroom cool (around 18 °C), dark and quiet: your body sleeps better when it "
     "can lose a little heat.",
     nullptr},
    {Noctelia, false,
     "Jet lag? ✈️ Get daylight on arrival and eat at local times. Ask your pharmacist for advice before "
     "you "
     "travel.",
     nullptr},
    {Noctelia, false,
     "Clocks changing soon? ⏰ Shift your bedtime by 10–15 minutes a day to help your body clock "
     "adjust gently.",
     nullptr},
    {Noctelia, true,
     "Rituel du soir 🕯️ Lumière tamisée, quelques pages d'un livre, respiration lente : donnez à "
     "votre "
     "corps "
     "le signal que la journée se termine.",
     nullptr},
    {Noctelia, true,
     "Le saviez-vous ? Un adulte a besoin de 7 à 9 heures de sommeil. Les besoins varient d'une personne à "
     "l'autre : écoutez votre corps. 🌙",
     nullptr},
    {Noctelia, true,
     "Dîner léger le soir 🥗 Un repas trop copieux ou trop tardif peut retarder l'endormissement. Gardez "
     "2 "
     "heures entre le dîner et le coucher.",
     nullptr},
    {Noctelia, true,
     "Travail de nuit ou en horaires décalés ? Dormez dans l'obscurité totale et gardez les mêmes horaires "
     "de "
     "sommeil d'un jour à l'autre autant que possible. 🌃",
     nullptr},
    {Noctelia, true,
     "Ados et sommeil 📱 À l'adolescence, l'horloge interne se décale naturellement. Le couvre-feu des écrans "
     "aide vraiment, même s'il est impopulaire !",
     nullptr},
    {Noctelia, true,
     "Respiration 4-7-8 😮‍💨 Inspirez 4 secondes, retenez 7 secondes, expirez 8 secondes. À "
     "répéter "
     "quatre "
     "fois une fois au lit.",
     nullptr},
    {Noctelia, true,
     "Le matin compte aussi ☀️ S'exposer à la lumière du jour dans l'heure qui suit le réveil aide à "
     "mieux "
     "dormir le soir suivant.",
     nullptr},
    {Noctelia, true,
     "#NuitsSereines Merci pour vos centaines d'astuces partagées ! Notre préférée : « une chambre rangée, "
     "un esprit rangé ». 💜",
     nullptr},
    {Noctelia, false,
     "Morning light matters ☀️ Getting daylight within an hour of waking up helps you sleep better the "
     "next "
     "night.",
     nullptr},
    {Noctelia, false,
     "Try 4-7-8 breathing 😮‍💨 In for 4 seconds, hold for 7, out for 8. Repeat four times once in "
     "bed.",
     nullptr},
    // Hélicard: prescription-only, so addressed to health professionals only.
    {Helicard, true,
     "Webinaire pour les professionnels de santé ▶️ Jeudi 12 h 30 : « Bêta-bloquants chez le sujet "
     "âgé "
     ": "
     "titration et suivi ». Inscription sur notre espace pro. Information réservée aux professionnels de "
     "santé.",
     nullptr},
    {Helicard, true,
     "Retrouvez l'équipe médicale des Laboratoires Hélianthe aux Journées Cardio Rhône-Alpes, stand 12. Au "
     "programme : observance et accompagnement des patients insuffisants cardiaques.",
     nullptr},
    {Helicard, true,
     "Professionnels de santé : le RCP d'Hélicard 5 mg a été mis à jour (rubrique 4.8). La version en "
     "vigueur "
     "est disponible sur la base de données publique des médicaments.",
     nullptr},
    {Helicard, true,
     "Question à la communauté 🩺 Quels outils utilisez-vous pour suivre la fréquence cardiaque de vos "
     "patients sous bêta-bloquant ? Vos retours nous aident à concevoir nos programmes d'accompagnement.",
     nullptr},
    {Helicard, true,
     "Observance : un patient sur deux arrête son traitement cardiovasculaire dans l'année. Découvrez les "
     "outils d'éducation thérapeutique mis à disposition des équipes soignantes.",
     nullptr},
    {Helicard, true,
     "Pour les professionnels de santé 📄 Nos fiches d'aide à l'éducation thérapeutique de l'insuffisant "
     "cardiaque sont disponibles sur l'espace pro, en version imprimable.",
     nullptr},
    {Helicard, true,
     "Semaine du cœur ❤️ Nos équipes médicales ont participé au dépistage gratuit de l'hypertension "
     "organisé "
     "avec les pharmacies d'Annecy : 640 tensions mesurées en trois jours.",
     nullptr},
    {Helicard, true,
     "Formation continue : notre e-learning « Titration des bêta-bloquants en pratique » est validant DPC. "
     "Information réservée aux professionnels de santé.",
     nullptr},
    {Helicard, true,
     "Rencontre avec le Dr Morel, cardiologue à Grenoble, sur l'accompagnement des patients après une "
     "hospitalisation pour insuffisance cardiaque. Interview à lire sur notre espace pro.",
     nullptr},
    {Helicard, true,
     "Appel à projets : nous soutenons les initiatives d'équipes hospitalières pour l'éducation "
     "thérapeutique en cardiologie. Dossiers ouverts jusqu'à la fin du trimestre.",
     nullptr},
    // The laboratory itself.
    {-1, true,
     "Les Laboratoires Hélianthe recrutent ! 👩‍🔬 Nous cherchons un(e) chargé(e) de "
     "pharmacovigilance "
     "en "
     "CDI "
     "à Lyon. Rejoignez-nous : postulez via notre page carrières.",
     nullptr},
    {-1, true,
     "Fiers d'annoncer la certification ISO 14001 de notre site de production de Villefranche 🌱 Merci à "
     "toutes les équipes engagées depuis deux ans.",
     nullptr},
    {-1, true,
     "Rencontre avec Claire, technicienne qualité depuis 12 ans : « Chaque lot qui sort d'ici, je le "
     "contrôle comme s'il était pour ma famille. » #NosTalents",
     nullptr},
    {-1, true,
     "Pharmacovigilance 🙏 Tout effet indésirable peut être déclaré sur signalement-sante.gouv.fr ou auprès "
     "de "
     "notre service dédié. Merci de contribuer à la sécurité des patients.",
     nullptr},
    {-1, true,
     "Portes ouvertes de notre site de Villefranche samedi : visites de la production et rencontre avec nos "
     "pharmaciens. Inscription gratuite, places limitées.",
     nullptr},
    {-1, true,
     "Nouveau partenariat avec trois associations de patients pour co-construire nos programmes "
     "d'accompagnement 🤝 Rien sur les patients sans les patients.",
     nullptr},
    {-1, false,
     "We're hiring 👩‍🔬 Laboratoires Hélianthe is looking for a health community manager in Lyon. "
     "Apply "
     "on "
     "our careers page.",
     nullptr},
    {-1, false,
     "Our Villefranche plant now runs on 100% renewable electricity 🌱 Read our full sustainability report "
     "on our website.",
     nullptr},
    {-1, true,
     "Bienvenue à nos nouveaux alternants 🎓 Inès, Hugo, Sarah et Mehdi rejoignent les équipes "
     "production, qualité et affaires réglementaires !",
     nullptr},
    {-1, true,
     "Engagés pour l'égalité : notre index égalité femmes-hommes atteint 94/100 cette année. Le détail est "
     "publié sur notre site.",
     nullptr},
    {-1, true,
     "Challenge mobilité douce 🚲 Nos collaborateurs ont parcouru 12 400 km à vélo ce mois-ci. Bravo à "
     "l'équipe logistique, grande gagnante !",
     nullptr},
    {-1, true,
     "Fabriqué en France 🇫🇷 98 % de nos médicaments sont produits sur notre site de Villefranche-sur-Saône. "
     "Découvrez les coulisses en vidéo.",
     nullptr},
    {-1, true,
     "Journée solidarité : 60 collaborateurs ont préparé des trousses d'hygiène avec une association "
     "lyonnaise "
     "d'aide aux personnes sans abri. Merci à tous 💛",
     nullptr},
    {-1, true,
     "Offre de stage : assistant(e) chef de produit santé grand public, 6 mois à Lyon, dès février. "
     "Candidatures sur notre page carrières.",
     nullptr},
    {-1, false,
     "Made in France 🇫🇷 98% of our medicines are produced at our Villefranche-sur-Saône plant. Go behind the "
     "scenes in our new video.",
     nullptr},
};

const DraftIdea kDrafts[] = {
    {Noctelia,
     "Idée de carrousel : 5 idées reçues sur la mélatonine. À faire valider par le service réglementaire "
     "avant programmation."},
    {Helidol,
     "Réponse type aux questions sur la disponibilité d'Hélidol Ibu en pharmacie (en attente des infos de la "
     "supply chain)."},
    {Helidol, "Vidéo témoignage d'une pharmacienne de Nantes : texte d'accroche à écrire."},
    {Noctelia,
     "Journée mondiale du sommeil : reprendre les chiffres de notre enquête ? Vérifier les sources."},
    {-1, "Thread : comment lire une notice de médicament en 6 points."},
    {-1, "Draft (EN): partnership announcement with the sleep patients' association, awaiting legal review."},
};

} // namespace

std::span<const PostIdea> postIdeas()
{
    return kIdeas;
}

std::span<const DraftIdea> draftIdeas()
{
    return kDrafts;
}

QString instagramHashtags(BrandIndex brand)
{
    switch (brand) {
    case Noctelia:
        return QStringLiteral("#sommeil #bienetre #nuitsereines #routinedusoir");
    case Helidol:
        return QStringLiteral("#sante #conseilsante #douleur #bonusage");
    default:
        return QStringLiteral("#sante #laboratoire");
    }
}

} // namespace demo
} // namespace vigie
