<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountService</name>
    <message>
        <source>Vigie cannot connect to %1 accounts yet.</source>
        <translation>Vigie ne peut pas encore connecter de comptes %1.</translation>
    </message>
    <message>
        <source>Enter the access token or app password first.</source>
        <translation>Saisissez d’abord le jeton d’accès ou le mot de passe d’application.</translation>
    </message>
    <message>
        <source>%1 refused to connect: %2</source>
        <translation>%1 a refusé la connexion&#xa0;: %2</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://mastodon.social.</source>
        <translation>Saisissez l’adresse du serveur, par exemple https://mastodon.social.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Le compte %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 has no saved sign-in. Reconnect it in Tools › Accounts.</source>
        <translation>Aucun identifiant de connexion n’est enregistré pour %1. Reconnectez ce compte dans Outils › Comptes.</translation>
    </message>
    <message>
        <source>The sign-in saved for %1 is unreadable. Reconnect it in Tools › Accounts.</source>
        <translation>Les identifiants de connexion enregistrés pour %1 sont illisibles. Reconnectez ce compte dans Outils › Comptes.</translation>
    </message>
    <message>
        <source>These credentials belong to %1, not to %2. Use them to connect %1 as a new account instead.</source>
        <translation>Ces identifiants appartiennent à %1, et non à %2. Utilisez-les plutôt pour connecter %1 comme nouveau compte.</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date format of a token expiry, e.g. 5 December</comment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>The %1 token for %2 expired on %3: reconnect the account to publish again.</source>
        <translation>Le jeton %1 de %2 a expiré le %3&#xa0;: reconnectez le compte pour publier de nouveau.</translation>
    </message>
    <message>
        <source>The %1 token for %2 expires today: reconnect the account now.</source>
        <translation>Le jeton %1 de %2 expire aujourd’hui&#xa0;: reconnectez le compte dès maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 token for %2 expires in %n day(s): reconnect the account before %3.</source>
        <translation>
            <numerusform>Le jeton %1 de %2 expire dans %n jour&#xa0;: reconnectez le compte avant le %3.</numerusform>
            <numerusform>Le jeton %1 de %2 expire dans %n jours&#xa0;: reconnectez le compte avant le %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdverseCaseRepository</name>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>Case %1 was already confirmed by %2 at %3.</source>
        <translation>Le cas %1 a déjà été confirmé par %2 (%3).</translation>
    </message>
    <message>
        <source>Case %1 was already dismissed by %2 at %3.</source>
        <translation>Le cas %1 a déjà été écarté par %2 (%3).</translation>
    </message>
    <message>
        <source>Case %1 was already submitted to the safety department on %2 (reference %3).</source>
        <translation>Le cas %1 a déjà été transmis au service de pharmacovigilance le %2 (référence %3).</translation>
    </message>
    <message>
        <source>Case %1 is not dismissed: only a dismissed case can be reopened.</source>
        <translation>Le cas %1 n’est pas écarté&#xa0;: seul un cas écarté peut être rouvert.</translation>
    </message>
    <message>
        <source>Case %1 is still pending: confirm it first.</source>
        <translation>Le cas %1 est encore à examiner&#xa0;: confirmez-le d’abord.</translation>
    </message>
    <message>
        <source>Case %1 does not exist.</source>
        <translation>Le cas %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Case %1 changed while it was being confirmed; look at it again.</source>
        <translation>Le cas %1 a été modifié pendant que vous le confirmiez&#xa0;; examinez-le à nouveau.</translation>
    </message>
    <message>
        <source>Choose why this is not an adverse event before dismissing it.</source>
        <translation>Indiquez pourquoi il ne s’agit pas d’un effet indésirable avant d’écarter ce cas.</translation>
    </message>
    <message>
        <source>Say in a few words why this is not an adverse event.</source>
        <translation>Expliquez en quelques mots pourquoi il ne s’agit pas d’un effet indésirable.</translation>
    </message>
    <message>
        <source>Give the number of the case this one repeats.</source>
        <translation>Indiquez le numéro du cas dont celui-ci est le doublon.</translation>
    </message>
    <message>
        <source>A case cannot be a duplicate of itself.</source>
        <translation>Un cas ne peut pas être son propre doublon.</translation>
    </message>
    <message>
        <source>There is no case %1 to be a duplicate of.</source>
        <translation>Le cas %1 n’existe pas&#xa0;: ce cas ne peut pas en être le doublon.</translation>
    </message>
    <message>
        <source>Case %1 changed while it was being dismissed; look at it again.</source>
        <translation>Le cas %1 a été modifié pendant que vous l’écartiez&#xa0;; examinez-le à nouveau.</translation>
    </message>
    <message>
        <source>Say why this case goes back to the queue.</source>
        <translation>Indiquez pourquoi ce cas revient dans la file de tri.</translation>
    </message>
    <message>
        <source>Give the reference the safety department gave this case.</source>
        <translation>Indiquez la référence attribuée à ce cas par le service de pharmacovigilance.</translation>
    </message>
    <message>
        <source>Give the date the case was sent to the safety department.</source>
        <translation>Indiquez la date de transmission du cas au service de pharmacovigilance.</translation>
    </message>
    <message>
        <source>A case cannot be submitted before its day 0 (%1).</source>
        <translation>Un cas ne peut pas être transmis avant son jour 0 (%1).</translation>
    </message>
    <message>
        <source>The submission date cannot be in the future.</source>
        <translation>La date de transmission ne peut pas être postérieure à aujourd’hui.</translation>
    </message>
</context>
<context>
    <name>AnalyticsReport</name>
    <message>
        <source>The report needs a period whose first day is not after its last.</source>
        <translation>Le rapport exige une période dont le premier jour ne soit pas postérieur au dernier.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Brand listening report: %1, %2</source>
        <translation>Rapport d’écoute des marques&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>Impossible d’écrire %1&#xa0;: le PDF n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Brand listening report</source>
        <translation>Rapport d’écoute des marques</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Période&#xa0;: %1</translation>
    </message>
    <message>
        <source>Days in the %1 time zone. Created on %2.</source>
        <translation>Jours selon le fuseau horaire %1. Créé le %2.</translation>
    </message>
    <message>
        <source>Summary by brand</source>
        <translation>Synthèse par marque</translation>
    </message>
    <message>
        <source>No mentions in this period: there are no charts to show.</source>
        <translation>Aucune mention sur cette période&#xa0;: il n’y a aucun graphique à afficher.</translation>
    </message>
    <message>
        <source>%1 — brand listening, %2</source>
        <translation>%1 — écoute des marques, %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>La création du rapport a été annulée.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be finished.</source>
        <translation>Impossible d’écrire %1&#xa0;: le PDF n’a pas pu être finalisé.</translation>
    </message>
</context>
<context>
    <name>ApprovalService</name>
    <message>
        <source>This post no longer exists.</source>
        <translation>Cette publication n’existe plus.</translation>
    </message>
    <message>
        <source>This post is %1: only a draft can be submitted.</source>
        <translation>Cette publication est à l’état «&#xa0;%1&#xa0;»&#xa0;: seul un brouillon peut être soumis.</translation>
    </message>
    <message>
        <source>Write the text of the post.</source>
        <translation>Rédigez le texte de la publication.</translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation>Choisissez au moins un canal.</translation>
    </message>
    <message>
        <source>This post is %1: only a post in review can be approved or sent back.</source>
        <translation>Cette publication est à l’état «&#xa0;%1&#xa0;»&#xa0;: seule une publication en relecture peut être approuvée ou renvoyée.</translation>
    </message>
    <message>
        <source>Choose the review: medical, legal or regulatory.</source>
        <translation>Choisissez la relecture&#xa0;: médicale, juridique ou réglementaire.</translation>
    </message>
    <message>
        <source>This brand does not require a %1 review (it requires: %2).</source>
        <translation>Cette marque n’exige pas de relecture %1 (relectures exigées&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Say who is reviewing.</source>
        <translation>Indiquez qui effectue la relecture.</translation>
    </message>
    <message>
        <source>%1 wrote this post and may not review it.</source>
        <translation>%1 a rédigé cette publication et ne peut pas la relire.</translation>
    </message>
    <message>
        <source>%1 is not a member of this workspace.</source>
        <translation>%1 n’est pas membre de cet espace de travail.</translation>
    </message>
    <message>
        <source>%1 may not sign the %2 review.</source>
        <translation>%1 ne peut pas signer la relecture %2.</translation>
    </message>
    <message>
        <source>The expiry date has already passed.</source>
        <translation>La date d’expiration est déjà passée.</translation>
    </message>
    <message>
        <source>This post is %1: it cannot go back to draft.</source>
        <translation>Cette publication est à l’état «&#xa0;%1&#xa0;»&#xa0;: elle ne peut pas revenir à l’état de brouillon.</translation>
    </message>
    <message>
        <source>This post is not approved for its current content: the %1 review is missing.</source>
        <translation>Cette publication n’est pas approuvée dans sa version actuelle&#xa0;: il manque la relecture %1.</translation>
    </message>
    <message>
        <source>The approval %1 expired on %2: renew it before publishing.</source>
        <translation>L’approbation %1 a expiré le %2&#xa0;: renouvelez-la avant de publier.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The entry before entry %1 was deleted or changed: the chain breaks there.</source>
        <translation>L’entrée qui précède l’entrée %1 a été supprimée ou modifiée&#xa0;: la chaîne est rompue à cet endroit.</translation>
    </message>
    <message>
        <source>Entry %1 (%2 by %3) was edited after it was written.</source>
        <translation>L’entrée %1 (%2 par %3) a été modifiée après son enregistrement.</translation>
    </message>
    <message>
        <source>The record of the log&apos;s last entry is missing: it was deleted.</source>
        <translation>L’enregistrement de la dernière entrée du journal est absent&#xa0;: il a été supprimé.</translation>
    </message>
    <message>
        <source>The newest entries were deleted: the log ended at entry %1 and now ends at entry %2.</source>
        <translation>Les entrées les plus récentes ont été supprimées&#xa0;: le journal se terminait à l’entrée %1 et se termine maintenant à l’entrée %2.</translation>
    </message>
    <message>
        <source>The log&apos;s last entry does not match its record (%1 entries recorded, %2 found).</source>
        <translation>La dernière entrée du journal ne correspond pas à son enregistrement (%1&#xa0;entrées enregistrées, %2&#xa0;trouvées).</translation>
    </message>
</context>
<context>
    <name>BlueskyAdapter</name>
    <message>
        <source>This is not a Bluesky post.</source>
        <translation>Ce n’est pas une publication Bluesky.</translation>
    </message>
    <message>
        <source>This post no longer exists.</source>
        <translation>Cette publication n’existe plus.</translation>
    </message>
    <message>
        <source>This post&apos;s author blocks the account.</source>
        <translation>L’auteur de cette publication a bloqué ce compte.</translation>
    </message>
    <message>
        <source>Nothing to search for.</source>
        <translation>Rien à rechercher.</translation>
    </message>
    <message>
        <source>A Bluesky post needs text or an image.</source>
        <translation>Une publication Bluesky doit contenir du texte ou une image.</translation>
    </message>
    <message>
        <source>The text has %1 characters; Bluesky takes at most %2.</source>
        <translation>Le texte compte %1 caractères&#xa0;; Bluesky en accepte %2 au maximum.</translation>
    </message>
    <message>
        <source>The text is too long for Bluesky.</source>
        <translation>Le texte est trop long pour Bluesky.</translation>
    </message>
    <message>
        <source>Bluesky has no polls.</source>
        <translation>Bluesky ne propose pas de sondages.</translation>
    </message>
    <message>
        <source>Bluesky takes at most %1 images per post.</source>
        <translation>Bluesky accepte au maximum %1 images par publication.</translation>
    </message>
    <message>
        <source>Cannot read the image %1.</source>
        <translation>Impossible de lire l’image %1.</translation>
    </message>
    <message>
        <source>The image %1 is %2 bytes; Bluesky takes images of at most %3 bytes.</source>
        <translation>L’image %1 pèse %2 octets&#xa0;; Bluesky accepte des images de %3 octets au maximum.</translation>
    </message>
    <message>
        <source>Bluesky does not take %1 files (%2).</source>
        <translation>Bluesky n’accepte pas les fichiers %1 (%2).</translation>
    </message>
    <message>
        <source>Bluesky lets an account delete only its own posts.</source>
        <translation>Sur Bluesky, un compte ne peut supprimer que ses propres publications.</translation>
    </message>
    <message>
        <source>The post to answer is not a Bluesky post.</source>
        <translation>La publication à laquelle répondre n’est pas une publication Bluesky.</translation>
    </message>
    <message>
        <source>The post to answer no longer exists or is not visible.</source>
        <translation>La publication à laquelle répondre n’existe plus ou n’est pas visible.</translation>
    </message>
    <message>
        <source>This app password cannot send direct messages: create one with &apos;Allow access to your direct messages&apos;</source>
        <translation>Ce mot de passe d’application ne permet pas d’envoyer de messages privés&#xa0;: créez-en un avec l’option «&#xa0;Allow access to your direct messages&#xa0;» (accès aux messages privés)</translation>
    </message>
    <message>
        <source>This app password cannot read direct messages: create one with &apos;Allow access to your direct messages&apos;</source>
        <translation>Ce mot de passe d’application ne permet pas de lire les messages privés&#xa0;: créez-en un avec l’option «&#xa0;Allow access to your direct messages&#xa0;» (accès aux messages privés)</translation>
    </message>
    <message>
        <source>This conversation no longer exists on Bluesky, or the account left it.</source>
        <translation>Cette conversation n’existe plus sur Bluesky, ou le compte l’a quittée.</translation>
    </message>
    <message>
        <source>This conversation is locked on Bluesky: it takes no new messages.</source>
        <translation>Cette conversation est verrouillée sur Bluesky&#xa0;: elle n’accepte plus de nouveaux messages.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>A Bluesky direct message holds at most %1 characters.</source>
        <translation>Un message privé Bluesky ne peut pas dépasser %1 caractères.</translation>
    </message>
    <message>
        <source>No conversation to answer.</source>
        <translation>Aucune conversation à laquelle répondre.</translation>
    </message>
    <message>
        <source>Bluesky&apos;s answer to the message could not be read.</source>
        <translation>La réponse de Bluesky à l’envoi du message est illisible.</translation>
    </message>
    <message>
        <source>Bluesky accepted the message but did not say its id.</source>
        <translation>Bluesky a accepté le message sans indiquer son identifiant.</translation>
    </message>
    <message>
        <source>Bluesky hides at most %1 replies in one thread; this thread has reached it.</source>
        <translation>Bluesky masque au maximum %1 réponses par fil&#xa0;; ce fil a atteint cette limite.</translation>
    </message>
    <message>
        <source>Bluesky hides replies to posts only, not direct messages.</source>
        <translation>Bluesky ne masque que les réponses aux publications, pas les messages privés.</translation>
    </message>
    <message>
        <source>This reply no longer exists on Bluesky.</source>
        <translation>Cette réponse n’existe plus sur Bluesky.</translation>
    </message>
    <message>
        <source>Bluesky hides replies only: this post starts a thread of its own.</source>
        <translation>Bluesky ne masque que les réponses&#xa0;: cette publication ouvre son propre fil.</translation>
    </message>
    <message>
        <source>Bluesky lets an account hide replies only in threads it started.</source>
        <translation>Sur Bluesky, un compte ne peut masquer des réponses que dans les fils qu’il a lancés.</translation>
    </message>
    <message>
        <source>Bluesky cannot delete a direct message for the other person: only posts can be deleted.</source>
        <translation>Bluesky ne peut pas supprimer un message privé chez l’autre personne&#xa0;: seules les publications peuvent être supprimées.</translation>
    </message>
</context>
<context>
    <name>BrandSettingsStore</name>
    <message>
        <source>The brand needs a name.</source>
        <translation>La marque doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>CalendarEntry</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No channel chosen yet</source>
        <translation>Aucun canal choisi pour l’instant</translation>
    </message>
    <message>
        <source>Publishing has started: this post can no longer be moved.</source>
        <translation>La diffusion a commencé&#xa0;: cette publication ne peut plus être déplacée.</translation>
    </message>
    <message>
        <source>Repeats: part of a series</source>
        <translation>Récurrente&#xa0;: fait partie d’une série</translation>
    </message>
</context>
<context>
    <name>CaseExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Possible adverse event: case %1</source>
        <translation>Effet indésirable possible&#xa0;: cas %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Minimum criteria</source>
        <translation>Critères minimaux</translation>
    </message>
    <message>
        <source>Seriousness and patient</source>
        <translation>Gravité et patient</translation>
    </message>
    <message>
        <source>Seriousness</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Patient age</source>
        <translation>Âge du patient</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Patient sex</source>
        <translation>Sexe du patient</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narratif</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Date du message</translation>
    </message>
    <message>
        <source>Received by Vigie</source>
        <translation>Reçu par Vigie</translation>
    </message>
    <message>
        <source>Day 0</source>
        <translation>Jour 0 (J0)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Dismissed because</source>
        <translation>Motif (cas écarté)</translation>
    </message>
    <message>
        <source>Submitted to the safety department</source>
        <translation>Transmis au service de pharmacovigilance</translation>
    </message>
    <message>
        <source>%1, reference %2</source>
        <translation>%1, référence %2</translation>
    </message>
    <message>
        <source>Original message</source>
        <translation>Message d’origine</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Repéré par</translation>
    </message>
    <message>
        <source>On our account</source>
        <translation>Sur notre compte</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Highlighted:</source>
        <translation>Mis en évidence&#xa0;:</translation>
    </message>
    <message>
        <source>Case %1 does not exist.</source>
        <translation>Le cas %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>To review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>Not about a medicine</source>
        <translation>Ne concerne pas un médicament</translation>
    </message>
    <message>
        <source>No adverse event described</source>
        <translation>Aucun effet indésirable décrit</translation>
    </message>
    <message>
        <source>Figurative or hypothetical</source>
        <translation>Sens figuré ou hypothétique</translation>
    </message>
    <message>
        <source>Duplicate of another case</source>
        <translation>Doublon d’un autre cas</translation>
    </message>
    <message>
        <source>Competitor&apos;s product (forwarded)</source>
        <translation>Produit d’un concurrent (signalement transféré)</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <source>Duplicate of case %1</source>
        <translation>Doublon du cas %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Décès</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>Mise en jeu du pronostic vital</translation>
    </message>
    <message>
        <source>Hospitalisation or its prolongation</source>
        <translation>Hospitalisation ou prolongation d’hospitalisation</translation>
    </message>
    <message>
        <source>Disability or incapacity</source>
        <translation>Invalidité ou incapacité</translation>
    </message>
    <message>
        <source>Congenital anomaly</source>
        <translation>Anomalie congénitale</translation>
    </message>
    <message>
        <source>Other medically important condition</source>
        <translation>Autre situation médicalement significative</translation>
    </message>
    <message>
        <source>Identifiable reporter</source>
        <translation>Notificateur identifiable</translation>
    </message>
    <message>
        <source>Identifiable patient</source>
        <translation>Patient identifiable</translation>
    </message>
    <message>
        <source>Suspect product</source>
        <translation>Produit suspect</translation>
    </message>
    <message>
        <source>Adverse event or reaction</source>
        <translation>Effet indésirable</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Pas encore évaluée</translation>
    </message>
    <message>
        <source>Not serious</source>
        <translation>Non grave</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Serious: %1</source>
        <translation>Grave&#xa0;: %1</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Valid report: the four minimum criteria are met.</source>
        <translation>Cas valide&#xa0;: les quatre critères minimaux sont réunis.</translation>
    </message>
    <message>
        <source>Not yet a valid report. Missing: %1.</source>
        <translation>Cas pas encore valide. Il manque&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Échéance dans %n jour</numerusform>
            <numerusform>Échéance dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptôme</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Témoignage</translation>
    </message>
</context>
<context>
    <name>ChannelLength</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message numerus="yes">
        <source>Too long for %1 by %n character(s): shorten it, or give this channel its own shorter text.</source>
        <translation>
            <numerusform>Texte trop long de %n caractère pour %1&#xa0;: raccourcissez-le ou donnez à ce canal son propre texte, plus court.</numerusform>
            <numerusform>Texte trop long de %n caractères pour %1&#xa0;: raccourcissez-le ou donnez à ce canal son propre texte, plus court.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPeriods</name>
    <message>
        <source>d MMM</source>
        <extracomment>Date format of chart axis labels (day and abbreviated month); see QDate::toString</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Semaine %1&#xa0;: %2 – %3</translation>
    </message>
</context>
<context>
    <name>ClaimRecovery</name>
    <message>
        <source>Vigie stopped while publishing on %1 and cannot tell whether the post went out. Check the account on the network, then mark it published or failed.</source>
        <translation>Vigie s’est arrêté pendant la publication sur %1 et ne peut pas savoir si la publication a été diffusée. Vérifiez le compte sur le réseau, puis indiquez si elle a été publiée ou si elle a échoué.</translation>
    </message>
</context>
<context>
    <name>ComplianceChecker</name>
    <message>
        <source> (on %1)</source>
        <translation> (sur %1)</translation>
    </message>
    <message>
        <source>“%1” is a forbidden claim for %2%3.</source>
        <translation>«&#xa0;%1&#xa0;» est une allégation interdite pour %2%3.</translation>
    </message>
    <message>
        <source>%1 is a prescription-only medicine: it may not be named on a public channel (EU Directive 2001/83/EC, article 88). Found “%2”%3.</source>
        <translation>%1 est un médicament soumis à prescription&#xa0;: il ne peut pas être nommé sur un canal public (directive 2001/83/CE, article 88). Occurrence&#xa0;: «&#xa0;%2&#xa0;»%3.</translation>
    </message>
    <message>
        <source>%1 has no mandatory safety text yet: add it in Tools › Brands and compliance before submitting.</source>
        <translation>%1 n’a pas encore de mentions obligatoires&#xa0;: ajoutez-les dans Outils › Marques et conformité avant de soumettre la publication.</translation>
    </message>
    <message>
        <source>No brand is chosen: no safety text is appended and no forbidden claims are checked.</source>
        <translation>Aucune marque choisie&#xa0;: aucune mention obligatoire n’est ajoutée et aucune allégation interdite n’est vérifiée.</translation>
    </message>
    <message>
        <source>“%1” is a comparative claim: keep its substantiation on file for the reviewers.</source>
        <translation>«&#xa0;%1&#xa0;» est une allégation comparative&#xa0;: conservez-en la justification pour les relecteurs.</translation>
    </message>
    <message>
        <source>An image has no description: add one for people who use a screen reader.</source>
        <translation>Une image n’a pas de description&#xa0;: ajoutez-en une pour les personnes qui utilisent un lecteur d’écran.</translation>
    </message>
</context>
<context>
    <name>ComposerAutosave</name>
    <message>
        <source>Restored unsaved text from %1.</source>
        <translation>Texte non enregistré restauré (sauvegarde de %1).</translation>
    </message>
</context>
<context>
    <name>CrisisMonitor</name>
    <message>
        <source>Could not read the crisis alerts.</source>
        <translation>Impossible de lire les alertes de crise.</translation>
    </message>
    <message>
        <source>This crisis alert no longer exists.</source>
        <translation>Cette alerte de crise n’existe plus.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Database error: %1</source>
        <translation>Erreur de base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Vigie database (%2).</source>
        <translation>%1 n’est pas une base de données Vigie (%2).</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Vigie (schema version %1; this version reads up to %2). Update Vigie to open it; it was left unchanged.</source>
        <translation>Cette base de données a été enregistrée par une version plus récente de Vigie (version de schéma %1&#xa0;; cette version lit jusqu’à la version %2). Mettez Vigie à jour pour l’ouvrir&#xa0;; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Cannot start a transaction to upgrade the database.</source>
        <translation>Impossible de démarrer une transaction pour mettre à jour la base de données.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>Échec de la mise à jour de la base de données vers la version %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No transaction is active.</source>
        <translation>Aucune transaction n’est active.</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Échec de l’enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving failed: a step of this change did not complete.</source>
        <translation>Échec de l’enregistrement&#xa0;: une étape de cette modification n’a pas abouti.</translation>
    </message>
</context>
<context>
    <name>DeliveryState</name>
    <message>
        <source>Queued</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Unknown state</source>
        <translation>État inconnu</translation>
    </message>
    <message>
        <source>No answer from the network</source>
        <translation>Pas de réponse du réseau</translation>
    </message>
</context>
<context>
    <name>FeedFetcher</name>
    <message>
        <source>“%1” is not a web address (http:// or https://).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web (http:// ou https://).</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 seconds.</source>
        <translation>Aucune réponse de %1 en %2 secondes.</translation>
    </message>
    <message>
        <source>The feed at %1 is larger than %2 MB: it was not read.</source>
        <translation>Le flux %1 dépasse %2 Mo&#xa0;: il n’a pas été lu.</translation>
    </message>
    <message>
        <source>The server at %1 refused the connection.</source>
        <translation>Le serveur %1 a refusé la connexion.</translation>
    </message>
    <message>
        <source>The server %1 was not found: check the address.</source>
        <translation>Le serveur %1 est introuvable&#xa0;: vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>The feed at %1 redirects more than %2 times: it was not read.</source>
        <translation>Le flux %1 redirige plus de %2 fois&#xa0;: il n’a pas été lu.</translation>
    </message>
    <message>
        <source>The feed at %1 redirects from https to an insecure address: it was not read.</source>
        <translation>Le flux %1 redirige de https vers une adresse non sécurisée&#xa0;: il n’a pas été lu.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection without answering.</source>
        <translation>Le serveur %1 a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <source>The feed at %1 could not be read: %2</source>
        <translation>Le flux %1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no feed at this address any more (HTTP %1): check it on the site.</source>
        <translation>Il n’y a plus de flux à cette adresse (HTTP %1)&#xa0;: vérifiez-la sur le site.</translation>
    </message>
    <message>
        <source>The server at %1 refuses access to the feed (HTTP %2).</source>
        <translation>Le serveur %1 refuse l’accès au flux (HTTP %2).</translation>
    </message>
    <message>
        <source>The server at %1 asks to read its feed less often (HTTP 429).</source>
        <translation>Le serveur %1 demande que son flux soit lu moins souvent (HTTP 429).</translation>
    </message>
    <message>
        <source>The server at %1 failed (HTTP %2); the feed will be tried again at the next collection.</source>
        <translation>Le serveur %1 a rencontré une erreur (HTTP %2)&#xa0;; le flux sera relu à la prochaine collecte.</translation>
    </message>
    <message>
        <source>The server at %1 answered HTTP %2 instead of the feed.</source>
        <translation>Le serveur %1 a répondu HTTP %2 au lieu du flux.</translation>
    </message>
</context>
<context>
    <name>InboxRepository</name>
    <message>
        <source>A message without an account or a remote id cannot be stored.</source>
        <translation>Impossible d’enregistrer un message sans compte ni identifiant distant.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Cette conversation n’existe plus.</translation>
    </message>
    <message>
        <source>Write a reply before sending it.</source>
        <translation>Rédigez une réponse avant de l’envoyer.</translation>
    </message>
    <message>
        <source>This reply no longer exists.</source>
        <translation>Cette réponse n’existe plus.</translation>
    </message>
    <message>
        <source>There is no message %1.</source>
        <translation>Le message %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Account %1 no longer exists.</source>
        <translation>Le compte %1 n’existe plus.</translation>
    </message>
    <message>
        <source>This search could not be run. Try fewer or simpler words.</source>
        <translation>Impossible de lancer cette recherche. Essayez avec moins de mots ou des mots plus simples.</translation>
    </message>
    <message>
        <source>A tag can have at most 40 characters: “%1” is longer.</source>
        <translation>Une étiquette ne peut pas dépasser 40 caractères&#xa0;: «&#xa0;%1&#xa0;» est trop longue.</translation>
    </message>
    <message>
        <source>Write the note before adding it.</source>
        <translation>Rédigez la note avant de l’ajouter.</translation>
    </message>
    <message>
        <source>Unknown moderation state “%1”.</source>
        <translation>État de modération inconnu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>InboxSync</name>
    <message>
        <source>%1 has no inbox Vigie can read.</source>
        <translation>Vigie ne peut pas lire la boîte de réception de %1.</translation>
    </message>
</context>
<context>
    <name>InboxTime</name>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A message&apos;s date and time, e.g. &quot;12 Nov, 14:05&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The sign-in saved for this account is missing from the system keychain. Reconnect the account.</source>
        <translation>Les identifiants de connexion de ce compte sont introuvables dans le trousseau du système. Reconnectez le compte.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it and try again.</source>
        <translation>Le trousseau du système a refusé l’accès (%1). Déverrouillez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>No system keychain is available to %1 (%2). Vigie keeps account secrets only in the system keychain: start GNOME Keyring or KWallet and try again.</source>
        <translation>Aucun trousseau du système n’est disponible pour %1 (%2). Vigie conserve les identifiants de connexion des comptes uniquement dans le trousseau du système&#xa0;: lancez GNOME Keyring ou KWallet, puis réessayez.</translation>
    </message>
    <message>
        <source>save the account&apos;s sign-in</source>
        <translation>enregistrer les identifiants de connexion du compte</translation>
    </message>
    <message>
        <source>read the account&apos;s sign-in</source>
        <translation>lire les identifiants de connexion du compte</translation>
    </message>
    <message>
        <source>remove the account&apos;s sign-in</source>
        <translation>supprimer les identifiants de connexion du compte</translation>
    </message>
</context>
<context>
    <name>LinkedInAdapter</name>
    <message>
        <source>LinkedIn&apos;s answer could not be read.</source>
        <translation>La réponse de LinkedIn est illisible.</translation>
    </message>
    <message>
        <source>LinkedIn no longer accepts the API version this Vigie uses (%1): update Vigie.</source>
        <translation>LinkedIn n’accepte plus la version d’API utilisée par Vigie (%1)&#xa0;: mettez Vigie à jour.</translation>
    </message>
    <message>
        <source>The LinkedIn access was revoked: reconnect the account.</source>
        <translation>L’accès à LinkedIn a été révoqué&#xa0;: reconnectez le compte.</translation>
    </message>
    <message>
        <source>LinkedIn refused the access token (it lasts 60 days): reconnect the account.</source>
        <translation>LinkedIn a refusé le jeton d’accès (valable 60 jours)&#xa0;: reconnectez le compte.</translation>
    </message>
    <message>
        <source>LinkedIn refused: the connection lacks the %1 permission, or the member who connected it is not an administrator of this Page. Reconnect it as a Page administrator.</source>
        <translation>LinkedIn a refusé la demande&#xa0;: la connexion ne dispose pas de l’autorisation %1, ou le membre qui l’a établie n’est pas administrateur de cette Page. Reconnectez le compte en tant qu’administrateur de la Page.</translation>
    </message>
    <message>
        <source>No LinkedIn access token: connect the account.</source>
        <translation>Aucun jeton d’accès LinkedIn&#xa0;: connectez le compte.</translation>
    </message>
    <message>
        <source>The LinkedIn access token expired on %1 (they last 60 days): reconnect the account.</source>
        <translation>Le jeton d’accès LinkedIn a expiré le %1 (ces jetons sont valables 60 jours)&#xa0;: reconnectez le compte.</translation>
    </message>
    <message>
        <source>LinkedIn refused to renew the access token: reconnect the account.</source>
        <translation>LinkedIn a refusé de renouveler le jeton d’accès&#xa0;: reconnectez le compte.</translation>
    </message>
    <message>
        <source>This LinkedIn member administers no Page.</source>
        <translation>Ce membre LinkedIn n’administre aucune Page.</translation>
    </message>
    <message>
        <source>This LinkedIn member administers several Pages (%1): give the organization id of the one to connect.</source>
        <translation>Ce membre LinkedIn administre plusieurs Pages (%1)&#xa0;: indiquez l’identifiant de l’organisation à connecter.</translation>
    </message>
    <message>
        <source>Give the LinkedIn organization id: the number in the Page&apos;s admin address (linkedin.com/company/&lt;number&gt;/admin/).</source>
        <translation>Indiquez l’identifiant de l’organisation LinkedIn&#xa0;: le nombre qui figure dans l’adresse d’administration de la Page (linkedin.com/company/&lt;numéro&gt;/admin/).</translation>
    </message>
    <message>
        <source>LinkedIn does not let a Page hide comments.</source>
        <translation>LinkedIn ne permet pas à une Page de masquer des commentaires.</translation>
    </message>
    <message>
        <source>This is not a LinkedIn post or comment.</source>
        <translation>Ce n’est ni une publication ni un commentaire LinkedIn.</translation>
    </message>
    <message>
        <source>Vigie sends LinkedIn comments as text only.</source>
        <translation>Vigie envoie les commentaires LinkedIn sous forme de texte uniquement.</translation>
    </message>
    <message>
        <source>LinkedIn Pages cannot publish polls from Vigie.</source>
        <translation>Les Pages LinkedIn ne peuvent pas publier de sondages depuis Vigie.</translation>
    </message>
    <message>
        <source>LinkedIn takes at most %1 characters.</source>
        <translation>LinkedIn accepte au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>LinkedIn takes at most %1 images in a post.</source>
        <translation>LinkedIn accepte au maximum %1 images par publication.</translation>
    </message>
    <message>
        <source>The post has nothing to publish.</source>
        <translation>La publication ne contient rien à publier.</translation>
    </message>
    <message>
        <source>LinkedIn takes JPEG, PNG and GIF images (not %1).</source>
        <translation>LinkedIn accepte les images JPEG, PNG et GIF (pas %1).</translation>
    </message>
    <message>
        <source>LinkedIn could not process the image.</source>
        <translation>LinkedIn n’a pas pu traiter l’image.</translation>
    </message>
    <message>
        <source>LinkedIn is still processing the image.</source>
        <translation>LinkedIn traite encore l’image.</translation>
    </message>
    <message>
        <source>LinkedIn accepted the post without giving its id.</source>
        <translation>LinkedIn a accepté la publication sans indiquer son identifiant.</translation>
    </message>
    <message>
        <source>The comment has no text.</source>
        <translation>Le commentaire ne contient pas de texte.</translation>
    </message>
    <message>
        <source>LinkedIn accepted the comment without giving its id.</source>
        <translation>LinkedIn a accepté le commentaire sans indiquer son identifiant.</translation>
    </message>
    <message>
        <source>This is not a LinkedIn comment.</source>
        <translation>Ce n’est pas un commentaire LinkedIn.</translation>
    </message>
    <message>
        <source>LinkedIn has no such comment any more.</source>
        <translation>Ce commentaire n’existe plus sur LinkedIn.</translation>
    </message>
</context>
<context>
    <name>ListeningCollector</name>
    <message>
        <source>Engagement on %1 @%2</source>
        <translation>Engagement sur %1 @%2</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) could not be read: %1</source>
        <translation>
            <numerusform>%n publication n’a pas pu être lue&#xa0;: %1</numerusform>
            <numerusform>%n publications n’ont pas pu être lues&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 @%3</source>
        <translation>%1 sur %2 @%3</translation>
    </message>
    <message>
        <source>The workspace to collect for does not exist.</source>
        <translation>L’espace de travail pour lequel collecter n’existe pas.</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>Le compte n’est pas connecté.</translation>
    </message>
    <message>
        <source>The network refused the account&apos;s sign-in: reconnect it in Tools › Accounts.</source>
        <translation>Le réseau a refusé les identifiants de connexion du compte&#xa0;: reconnectez-le dans Outils › Comptes.</translation>
    </message>
    <message>
        <source>The network asked Vigie to wait until %1.</source>
        <translation>Le réseau a demandé à Vigie d’attendre jusqu’à %1.</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Aucun trousseau du système n’est disponible.</translation>
    </message>
    <message>
        <source>Vigie cannot talk to %1 yet.</source>
        <translation>Vigie ne peut pas encore communiquer avec %1.</translation>
    </message>
    <message>
        <source>The database refused a page of mentions: %1</source>
        <translation>La base de données a refusé une page de mentions&#xa0;: %1</translation>
    </message>
    <message>
        <source>The feed could not be read.</source>
        <translation>Le flux n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The database refused this feed&apos;s mentions: %1</source>
        <translation>La base de données a refusé les mentions de ce flux&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ListeningRepository</name>
    <message>
        <source>Give the query a name.</source>
        <translation>Donnez un nom à la requête.</translation>
    </message>
    <message>
        <source>The query &quot;%1&quot; listens for nothing: add a keyword or a hashtag, or include the brand&apos;s products.</source>
        <translation>La requête «&#xa0;%1&#xa0;» n’écoute rien&#xa0;: ajoutez un mot-clé ou un hashtag, ou incluez les produits de la marque.</translation>
    </message>
    <message>
        <source>The query&apos;s brand does not exist in this workspace.</source>
        <translation>La marque de la requête n’existe pas dans cet espace de travail.</translation>
    </message>
    <message>
        <source>This brand already has a query named &quot;%1&quot;.</source>
        <translation>Cette marque a déjà une requête nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This query no longer exists.</source>
        <translation>Cette requête n’existe plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (it must start with http:// or https://).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web (elle doit commencer par http:// ou https://).</translation>
    </message>
    <message>
        <source>This feed is already in the list.</source>
        <translation>Ce flux figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>This feed no longer exists.</source>
        <translation>Ce flux n’existe plus.</translation>
    </message>
</context>
<context>
    <name>MastodonAdapter</name>
    <message>
        <source>the server&apos;s answer was not JSON</source>
        <translation>la réponse du serveur n’était pas au format JSON</translation>
    </message>
    <message>
        <source>the answer did not name the account</source>
        <translation>la réponse n’indiquait pas le compte</translation>
    </message>
    <message>
        <source>the media upload&apos;s answer could not be read</source>
        <translation>la réponse à l’envoi du média était illisible</translation>
    </message>
    <message>
        <source>the server is still processing the media</source>
        <translation>le serveur traite encore le média</translation>
    </message>
    <message>
        <source>the server&apos;s answer could not be read</source>
        <translation>la réponse du serveur était illisible</translation>
    </message>
    <message>
        <source>the notifications were not a list</source>
        <translation>les notifications reçues n’avaient pas le format attendu</translation>
    </message>
    <message>
        <source>the sync stopped before its end</source>
        <translation>la synchronisation s’est arrêtée avant la fin</translation>
    </message>
    <message>
        <source>nothing to search</source>
        <translation>rien à rechercher</translation>
    </message>
    <message>
        <source>Mastodon does not let an account hide replies to its posts.</source>
        <translation>Mastodon ne permet pas à un compte de masquer les réponses à ses publications.</translation>
    </message>
    <message>
        <source>Mastodon found no status of the account&apos;s own with this id: it deletes only the account&apos;s own statuses.</source>
        <translation>Mastodon ne trouve aucune publication de ce compte portant cet identifiant&#xa0;: il ne supprime que les publications du compte lui-même.</translation>
    </message>
    <message>
        <source>the conversations were not a list</source>
        <translation>les conversations reçues n’avaient pas le format attendu</translation>
    </message>
    <message>
        <source>This conversation is no longer among the account&apos;s direct messages on Mastodon.</source>
        <translation>Cette conversation ne figure plus parmi les messages privés du compte sur Mastodon.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>This conversation has no message left to answer on Mastodon.</source>
        <translation>Il ne reste dans cette conversation aucun message auquel répondre sur Mastodon.</translation>
    </message>
</context>
<context>
    <name>MediaFit</name>
    <message>
        <source>%1 posts cannot carry images from Vigie: remove the images, or this channel.</source>
        <translation>Vigie ne peut pas joindre d’images aux publications %1&#xa0;: retirez les images, ou ce canal.</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n file(s) per post: remove some, or this channel.</source>
        <translation>
            <numerusform>%1 accepte au plus %n fichier par publication&#xa0;: retirez-en, ou retirez ce canal.</numerusform>
            <numerusform>%1 accepte au plus %n fichiers par publication&#xa0;: retirez-en, ou retirez ce canal.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a video: Vigie cannot send videos to %2 yet. Remove it, or this channel.</source>
        <translation>%1 est une vidéo&#xa0;: Vigie ne sait pas encore envoyer de vidéos vers %2. Retirez-la, ou retirez ce canal.</translation>
    </message>
    <message>
        <source>%1 is a %2 file, which %3 does not take (it takes %4). Convert it, or remove this channel.</source>
        <translation>%1 est un fichier %2, que %3 n’accepte pas (il accepte %4). Convertissez-le, ou retirez ce canal.</translation>
    </message>
    <message>
        <source>%1 weighs %2: %3 takes files up to %4. Attach a lighter version, or remove this channel.</source>
        <translation>%1 pèse %2&#xa0;: %3 accepte des fichiers jusqu’à %4. Joignez une version plus légère, ou retirez ce canal.</translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <source>A member needs a name.</source>
        <translation>Un membre doit avoir un nom.</translation>
    </message>
    <message>
        <source>%1 is already a member of this workspace.</source>
        <translation>%1 est déjà membre de cet espace de travail.</translation>
    </message>
    <message>
        <source>This member no longer exists.</source>
        <translation>Ce membre n’existe plus.</translation>
    </message>
</context>
<context>
    <name>MentionRepository</name>
    <message>
        <source>The workspace of these mentions does not exist.</source>
        <translation>L’espace de travail de ces mentions n’existe pas.</translation>
    </message>
    <message>
        <source>Mentions of different workspaces cannot be stored together.</source>
        <translation>Des mentions d’espaces de travail différents ne peuvent pas être enregistrées ensemble.</translation>
    </message>
    <message>
        <source>A mention needs a remote id and a date.</source>
        <translation>Une mention doit avoir un identifiant distant et une date.</translation>
    </message>
</context>
<context>
    <name>MessageModeration</name>
    <message>
        <source>There is no message %1.</source>
        <translation>Le message %1 n’existe pas.</translation>
    </message>
    <message>
        <source>This message was deleted from the network: there is nothing left to hide.</source>
        <translation>Ce message a été supprimé du réseau&#xa0;: il n’y a plus rien à masquer.</translation>
    </message>
    <message>
        <source>%1 does not let an account hide replies to its posts.</source>
        <translation>%1 ne permet pas à un compte de masquer les réponses à ses publications.</translation>
    </message>
    <message>
        <source>A direct message cannot be hidden: only replies to the account&apos;s posts can.</source>
        <translation>Un message privé ne peut pas être masqué&#xa0;: seules les réponses aux publications du compte peuvent l’être.</translation>
    </message>
    <message>
        <source>This is the account&apos;s own message: delete it rather than hide it.</source>
        <translation>Ce message a été écrit par le compte lui-même&#xa0;: supprimez-le plutôt que de le masquer.</translation>
    </message>
    <message>
        <source>This message is not on the network.</source>
        <translation>Ce message ne se trouve pas sur le réseau.</translation>
    </message>
    <message>
        <source>%1 does not let Vigie delete messages.</source>
        <translation>%1 ne permet pas à Vigie de supprimer des messages.</translation>
    </message>
    <message>
        <source>%1 lets an account delete only its own messages: this one was written by %2.</source>
        <translation>Sur %1, un compte ne peut supprimer que ses propres messages&#xa0;: celui-ci a été écrit par %2.</translation>
    </message>
    <message>
        <source>Vigie does not know whether this reply reached the network: check the conversation on the network and delete it there.</source>
        <translation>Vigie ne sait pas si cette réponse est parvenue au réseau&#xa0;: vérifiez la conversation sur le réseau et supprimez la réponse directement là-bas.</translation>
    </message>
    <message>
        <source>This reply was never sent: there is nothing to delete on the network.</source>
        <translation>Cette réponse n’a jamais été envoyée&#xa0;: il n’y a rien à supprimer sur le réseau.</translation>
    </message>
</context>
<context>
    <name>NativeScheduleSync</name>
    <message>
        <source>Vigie could not withdraw a scheduled post from the network (it tries again at the next run): %1</source>
        <translation>Vigie n’a pas pu retirer du réseau une publication programmée (nouvelle tentative à la prochaine exécution)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Vigie could not move a scheduled post on the network yet: %1</source>
        <translation>Vigie n’a pas encore pu déplacer une publication programmée sur le réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The network did not confirm a scheduled post: %1</source>
        <translation>Le réseau n’a pas confirmé une publication programmée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Vigie could not hand a post over to the network yet: %1</source>
        <translation>Vigie n’a pas encore pu transmettre une publication au réseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>The network asks us to slow down. Vigie will try again after %1.</source>
        <translation>Le réseau limite temporairement le débit. Vigie réessaiera après %1.</translation>
    </message>
    <message>
        <source>The network asks us to slow down. Try again in a few minutes.</source>
        <translation>Le réseau limite temporairement le débit. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The network no longer accepts this account&apos;s sign-in. Reconnect the account in Tools › Accounts.</source>
        <translation>Le réseau n’accepte plus les identifiants de connexion de ce compte. Reconnectez le compte dans Outils › Comptes.</translation>
    </message>
    <message>
        <source>The network refused the content. Change it and try again.</source>
        <translation>Le réseau a refusé le contenu. Modifiez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The network refused the request. Trying again will not help; check the account&apos;s permissions.</source>
        <translation>Le réseau a refusé la demande. Inutile de réessayer&#xa0;: vérifiez les autorisations du compte.</translation>
    </message>
    <message>
        <source>The network did not answer after receiving the request: it may have been published. Check the account on the network before trying again.</source>
        <translation>Le réseau n’a pas répondu après avoir reçu la demande&#xa0;: le contenu a peut-être été publié. Vérifiez le compte sur le réseau avant de réessayer.</translation>
    </message>
    <message>
        <source>(The network said: “%1”)</source>
        <translation>(Message du réseau&#xa0;: «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>The network could not be reached or had a temporary problem. Try again in a moment.</source>
        <translation>Le réseau est injoignable ou rencontre un problème temporaire. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <source>This post no longer exists.</source>
        <translation>Cette publication n’existe plus.</translation>
    </message>
    <message>
        <source>This post is %1: publishing has started, so it can no longer be changed.</source>
        <translation>Cette publication est à l’état «&#xa0;%1&#xa0;»&#xa0;: sa diffusion a commencé, elle ne peut donc plus être modifiée.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) sur %3</translation>
    </message>
    <message>
        <source>This post is %1: give it a date, or it cannot be published.</source>
        <translation>Cette publication est à l’état «&#xa0;%1&#xa0;»&#xa0;: donnez-lui une date, sinon elle ne pourra pas être publiée.</translation>
    </message>
    <message>
        <source>Write the text of the post.</source>
        <translation>Rédigez le texte de la publication.</translation>
    </message>
    <message>
        <source>Choose one of the workspace&apos;s own brands.</source>
        <translation>Choisissez l’une des marques de l’espace de travail (hors concurrents).</translation>
    </message>
    <message>
        <source>A chosen channel is no longer connected: untick it.</source>
        <translation>Un canal choisi n’est plus connecté&#xa0;: décochez-le.</translation>
    </message>
    <message>
        <source>Write the text for %1, or use the main text.</source>
        <translation>Rédigez le texte pour %1 ou utilisez le texte principal.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Part %1 of the thread is empty: write it or remove it.</source>
        <translation>La partie %1 du fil est vide&#xa0;: rédigez-la ou supprimez-la.</translation>
    </message>
    <message>
        <source>A poll has 2 to 4 answers.</source>
        <translation>Un sondage comporte de 2 à 4 réponses.</translation>
    </message>
    <message>
        <source>Write every answer of the poll, or remove the empty ones.</source>
        <translation>Rédigez toutes les réponses du sondage ou supprimez celles qui sont vides.</translation>
    </message>
    <message>
        <source>A repeating post needs the date of its first time.</source>
        <translation>Une publication récurrente doit avoir la date de sa première occurrence.</translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation>Choisissez au moins un canal.</translation>
    </message>
</context>
<context>
    <name>PostMetricsRepository</name>
    <message>
        <source>Engagement figures need a published post and the time they were read.</source>
        <translation>Les statistiques d’engagement doivent porter sur une publication parue et indiquer l’heure de leur relevé.</translation>
    </message>
</context>
<context>
    <name>PostRepository</name>
    <message>
        <source>This post no longer exists.</source>
        <translation>Cette publication n’existe plus.</translation>
    </message>
    <message>
        <source>This post cannot be moved: it is %1.</source>
        <translation>Cette publication ne peut pas être déplacée&#xa0;: elle est à l’état «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Choose a date and time for the post.</source>
        <translation>Choisissez une date et une heure pour la publication.</translation>
    </message>
</context>
<context>
    <name>PostState</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publication en cours</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Non confirmé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>PostSummary</name>
    <message>
        <source>Empty draft</source>
        <translation>Brouillon vide</translation>
    </message>
</context>
<context>
    <name>ProductsJson</name>
    <message>
        <source>Product %1</source>
        <translation>Produit %1</translation>
    </message>
    <message>
        <source>Product %1 (“%2”)</source>
        <translation>Produit %1 («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>Product %1 is not an object with a “name”: each entry must look like {&quot;name&quot;: &quot;…&quot;, &quot;aliases&quot;: […], &quot;inn&quot;: &quot;…&quot;, &quot;prescription_only&quot;: false}.</source>
        <translation>Le produit %1 n’est pas un objet avec un «&#xa0;name&#xa0;»&#xa0;: chaque entrée doit avoir la forme {&quot;name&quot;: &quot;…&quot;, &quot;aliases&quot;: […], &quot;inn&quot;: &quot;…&quot;, &quot;prescription_only&quot;: false}.</translation>
    </message>
    <message>
        <source>%1 has no “name”: every product needs one.</source>
        <translation>%1 n’a pas de «&#xa0;name&#xa0;»&#xa0;: chaque produit doit en avoir un.</translation>
    </message>
    <message>
        <source>%1: “aliases” must be a list of names, like [&quot;Dolip&quot;].</source>
        <translation>%1&#xa0;: «&#xa0;aliases&#xa0;» doit être une liste de noms, comme [&quot;Dolip&quot;].</translation>
    </message>
    <message>
        <source>%1: every alias must be a name in quotes.</source>
        <translation>%1&#xa0;: chaque alias doit être un nom entre guillemets.</translation>
    </message>
    <message>
        <source>%1: “inn” must be the active substance&apos;s name in quotes.</source>
        <translation>%1&#xa0;: «&#xa0;inn&#xa0;» doit être le nom de la substance active, entre guillemets.</translation>
    </message>
    <message>
        <source>%1: “prescription_only” must be true or false.</source>
        <translation>%1&#xa0;: «&#xa0;prescription_only&#xa0;» doit valoir true ou false.</translation>
    </message>
    <message>
        <source>This is not valid JSON (line %1, column %2: %3).</source>
        <translation>Ce n’est pas du JSON valide (ligne %1, colonne %2&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The file must hold a JSON array of products, like [{&quot;name&quot;: &quot;Doliprane&quot;, &quot;aliases&quot;: [], &quot;inn&quot;: &quot;paracetamol&quot;, &quot;prescription_only&quot;: false}].</source>
        <translation>Le fichier doit contenir un tableau JSON de produits, comme [{&quot;name&quot;: &quot;Doliprane&quot;, &quot;aliases&quot;: [], &quot;inn&quot;: &quot;paracetamol&quot;, &quot;prescription_only&quot;: false}].</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Product %1 has no name: every product needs one.</source>
        <translation>Le produit %1 n’a pas de nom&#xa0;: chaque produit doit en avoir un.</translation>
    </message>
    <message>
        <source>“%1” is listed twice: each product may appear only once.</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois&#xa0;: chaque produit ne peut apparaître qu’une seule fois.</translation>
    </message>
</context>
<context>
    <name>PublishLedger</name>
    <message>
        <source>This post no longer targets that channel.</source>
        <translation>Cette publication n’est plus prévue sur ce canal.</translation>
    </message>
    <message>
        <source>The last attempt on this channel got no answer. Check the account on the network, then mark the post published or failed before trying again.</source>
        <translation>La dernière tentative sur ce canal est restée sans réponse. Vérifiez le compte sur le réseau, puis marquez la publication comme publiée ou en échec avant de réessayer.</translation>
    </message>
    <message>
        <source>This channel is already %1.</source>
        <translation>Ce canal est déjà à l’état «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This channel is no longer being published by Vigie.</source>
        <translation>Vigie n’est plus en train de publier sur ce canal.</translation>
    </message>
    <message>
        <source>This channel is already being published.</source>
        <translation>La publication sur ce canal est déjà en cours.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Paste the address of the published post, starting with https://.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web. Collez l’adresse de la publication mise en ligne, qui commence par https://.</translation>
    </message>
    <message>
        <source>This channel cannot be marked published: its state is “%1”.</source>
        <translation>Ce canal ne peut pas être marqué comme publié&#xa0;: son état est «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>PublishNow</name>
    <message>
        <source>Vigie cannot publish on this network.</source>
        <translation>Vigie ne peut pas publier sur ce réseau.</translation>
    </message>
    <message>
        <source>Published as %1, but Vigie’s database could not record it: %2</source>
        <translation>Publié à l’adresse %1, mais la base de données de Vigie n’a pas pu l’enregistrer&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>QueuePlanner</name>
    <message>
        <source>A queue time must be on a weekday (Monday to Sunday) between 00:00 and 23:59.</source>
        <translation>Un créneau doit correspondre à un jour de la semaine (du lundi au dimanche), entre 00:00 et 23:59.</translation>
    </message>
    <message>
        <source>This channel no longer exists.</source>
        <translation>Ce canal n’existe plus.</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation>Tous les %1 jours</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>Every %1 weeks</source>
        <translation>Toutes les %1 semaines</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <source>Every %1 months</source>
        <translation>Tous les %1 mois</translation>
    </message>
    <message>
        <source>%1, %2 times</source>
        <extracomment>How a post repeats: &quot;Every week, 8 times&quot;</extracomment>
        <translation>%1, %2 fois</translation>
    </message>
</context>
<context>
    <name>RecurrencePlanner</name>
    <message>
        <source>Choose a date and time for the first post of the series.</source>
        <translation>Choisissez une date et une heure pour la première publication de la série.</translation>
    </message>
    <message>
        <source>Choose how often the post repeats and how many times.</source>
        <translation>Choisissez la fréquence de répétition de la publication et le nombre d’occurrences.</translation>
    </message>
    <message>
        <source>A series can hold at most %1 posts.</source>
        <translation>Une série peut comporter au maximum %1 publications.</translation>
    </message>
    <message>
        <source>This post is already saved: a series starts from a new post.</source>
        <translation>Cette publication est déjà enregistrée&#xa0;: une série doit partir d’une nouvelle publication.</translation>
    </message>
</context>
<context>
    <name>ReplySender</name>
    <message>
        <source>There is no reply %1 to send.</source>
        <translation>La réponse %1 à envoyer n’existe pas.</translation>
    </message>
    <message>
        <source>This reply has already been sent.</source>
        <translation>Cette réponse a déjà été envoyée.</translation>
    </message>
    <message>
        <source>The last attempt got no answer: check the conversation on the network first.</source>
        <translation>La dernière tentative est restée sans réponse&#xa0;: vérifiez d’abord la conversation sur le réseau.</translation>
    </message>
    <message>
        <source>This network takes no replies.</source>
        <translation>Ce réseau n’accepte pas les réponses.</translation>
    </message>
    <message>
        <source>This network takes no direct messages from Vigie.</source>
        <translation>Ce réseau n’accepte pas les messages privés envoyés par Vigie.</translation>
    </message>
</context>
<context>
    <name>ReplyTemplate</name>
    <message>
        <source>Vigie does not know %1: replace it before sending.</source>
        <translation>Vigie ne reconnaît pas %1&#xa0;: à remplacer avant l’envoi.</translation>
    </message>
    <message>
        <source>Nothing to fill %1 with in this conversation: replace it before sending.</source>
        <translation>Rien dans cette conversation ne permet de remplir %1&#xa0;: à remplacer avant l’envoi.</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage in the report&apos;s table, e.g. &quot;42.5%&quot; (French: &quot;42,5 %&quot;)</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Share of voice</source>
        <translation>Part de voix</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positives</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatives</translation>
    </message>
    <message>
        <source>Adverse-event mentions</source>
        <translation>Effets indésirables</translation>
    </message>
    <message>
        <source>%1 (competitor)</source>
        <translation>%1 (concurrent)</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>Toutes les marques</translation>
    </message>
    <message>
        <source>Change: against the previous period of the same length, %1 to %2. Share of voice: the brand&apos;s part of all brands&apos; mentions. Positive and negative: part of the brand&apos;s own mentions. A mention that names several brands counts for each of them.</source>
        <translation>Évolution&#xa0;: par rapport à la période précédente de même durée, du %1 au %2. Part de voix&#xa0;: part de la marque dans les mentions de toutes les marques. Positives et négatives&#xa0;: part des mentions de la marque elle-même. Une mention qui cite plusieurs marques compte pour chacune d’elles.</translation>
    </message>
</context>
<context>
    <name>ReviewRole</name>
    <message>
        <source>Medical</source>
        <translation>Médicale</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Regulatory</source>
        <translation>Réglementaire</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
</context>
<context>
    <name>SavedReplyRepository</name>
    <message>
        <source>Give the saved reply a title.</source>
        <translation>Donnez un titre à la réponse enregistrée.</translation>
    </message>
    <message>
        <source>Write the text of the saved reply.</source>
        <translation>Rédigez le texte de la réponse enregistrée.</translation>
    </message>
    <message>
        <source>Choose the language of the saved reply.</source>
        <translation>Choisissez la langue de la réponse enregistrée.</translation>
    </message>
    <message>
        <source>There is already a saved reply called “%1” in this language.</source>
        <translation>Une réponse enregistrée nommée «&#xa0;%1&#xa0;» existe déjà dans cette langue.</translation>
    </message>
    <message>
        <source>This saved reply no longer exists.</source>
        <translation>Cette réponse enregistrée n’existe plus.</translation>
    </message>
</context>
<context>
    <name>ScheduleImport</name>
    <message>
        <source>More than three columns (date, message, link): put the message in quotes if it contains a &quot;%1&quot;.</source>
        <translation>Plus de trois colonnes (date, message, lien)&#xa0;: mettez le message entre guillemets s’il contient un «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no account %1 in this workspace.</source>
        <translation>Le compte %1 n’existe pas dans cet espace de travail.</translation>
    </message>
    <message>
        <source>%1 is not an account Vigie can publish to.</source>
        <translation>%1 n’est pas un compte sur lequel Vigie peut publier.</translation>
    </message>
    <message>
        <source>A quoted text starts here and is never closed: add the closing &quot;.</source>
        <translation>Un texte entre guillemets commence ici et n’est jamais fermé&#xa0;: ajoutez le guillemet fermant (&quot;).</translation>
    </message>
    <message>
        <source>The file has no posts.</source>
        <translation>Le fichier ne contient aucune publication.</translation>
    </message>
    <message>
        <source>Unreadable date &quot;%1&quot;: write it as DD/MM/YYYY HH:mm or MM/DD/YYYY HH:mm (24-hour time).</source>
        <translation>Date illisible «&#xa0;%1&#xa0;»&#xa0;: écrivez-la au format JJ/MM/AAAA HH:mm ou MM/JJ/AAAA HH:mm (heure sur 24 h).</translation>
    </message>
    <message>
        <source>Ambiguous date &quot;%1&quot;: %2 or %3? Choose whether the file writes the day or the month first.</source>
        <translation>Date ambiguë «&#xa0;%1&#xa0;»&#xa0;: %2 ou %3&#xa0;? Indiquez si le fichier écrit le jour ou le mois en premier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date when read day first (DD/MM/YYYY).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date valide si le jour est lu en premier (JJ/MM/AAAA).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date when read month first (MM/DD/YYYY).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date valide si le mois est lu en premier (MM/JJ/AAAA).</translation>
    </message>
    <message>
        <source>Line %1 shows the file writes dates that way.</source>
        <translation>La ligne %1 montre que le fichier écrit les dates dans cet ordre.</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks change at that time. Choose another time.</source>
        <translation>%1 n’existe pas dans le fuseau %2&#xa0;: c’est l’heure du changement d’heure. Choisissez une autre heure.</translation>
    </message>
    <message>
        <source>The minutes must be a multiple of 5 (:00, :05 … :55).</source>
        <translation>Les minutes doivent être un multiple de 5 (:00, :05 … :55).</translation>
    </message>
    <message>
        <source>More than %1 posts in one file: split it (this is the first line over).</source>
        <translation>Plus de %1 publications dans un même fichier&#xa0;: divisez-le (cette ligne est la première en trop).</translation>
    </message>
    <message>
        <source>The same message as line %1.</source>
        <translation>Même message qu’à la ligne %1.</translation>
    </message>
    <message>
        <source>This time is in the past.</source>
        <translation>Cette heure est déjà passée.</translation>
    </message>
    <message>
        <source>This time is less than %1 minutes from now.</source>
        <translation>Cette heure est dans moins de %1 minutes.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web link (http:// or https://).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un lien web (http:// ou https://).</translation>
    </message>
    <message>
        <source>Too long for %1: %2 characters, at most %3.</source>
        <translation>Trop long pour %1&#xa0;: %2 caractères, pour %3 au maximum.</translation>
    </message>
    <message>
        <source>Too long for %1: %2 characters with the brand&apos;s safety text, at most %3.</source>
        <translation>Trop long pour %1&#xa0;: %2 caractères avec les mentions obligatoires de la marque, pour %3 au maximum.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has problems.</source>
        <translation>Rien n’a été importé&#xa0;: le fichier comporte des erreurs.</translation>
    </message>
    <message>
        <source>Nothing was imported: these lines are now less than %1 minutes away: %2.</source>
        <translation>Rien n’a été importé, car ces lignes sont désormais à moins de %1 minutes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Nothing was imported: the store could not start a transaction.</source>
        <translation>Rien n’a été importé&#xa0;: la base de données n’a pas pu démarrer de transaction.</translation>
    </message>
    <message>
        <source>Nothing was imported: line %1: %2</source>
        <translation>Rien n’a été importé (ligne %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ScheduledPublisher</name>
    <message>
        <source>Vigie cannot talk to %1 yet.</source>
        <translation>Vigie ne peut pas encore communiquer avec %1.</translation>
    </message>
    <message>
        <source>%1 asked Vigie to wait.</source>
        <translation>%1 a demandé à Vigie de patienter.</translation>
    </message>
    <message>
        <source>No access to the accounts&apos; credentials.</source>
        <translation>Pas d’accès aux identifiants de connexion des comptes.</translation>
    </message>
</context>
<context>
    <name>SearchQueryParser</name>
    <message>
        <source>A quotation mark is not closed: add the closing %1 after the phrase.</source>
        <translation>Un guillemet n’est pas fermé&#xa0;: ajoutez le %1 fermant après l’expression.</translation>
    </message>
    <message>
        <source>OR must stand between two words or phrases, as in: vertige OR nausée.</source>
        <translation>OR doit se trouver entre deux mots ou expressions, par exemple&#xa0;: vertige OR nausée.</translation>
    </message>
    <message>
        <source>Type a word to search for.</source>
        <translation>Saisissez un mot à rechercher.</translation>
    </message>
    <message>
        <source>Add at least one word to look for, not only words to leave out.</source>
        <translation>Ajoutez au moins un mot à rechercher, pas seulement des mots à exclure.</translation>
    </message>
</context>
<context>
    <name>ThreadStatus</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Traitée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
</context>
<context>
    <name>VariantPublication</name>
    <message>
        <source>The file %1 is missing or unreadable.</source>
        <translation>Le fichier %1 est introuvable ou illisible.</translation>
    </message>
    <message>
        <source>The file %1 changed since the post was approved.</source>
        <translation>Le fichier %1 a été modifié depuis l’approbation de la publication.</translation>
    </message>
    <message>
        <source>Vigie cannot publish on this network.</source>
        <translation>Vigie ne peut pas publier sur ce réseau.</translation>
    </message>
    <message>
        <source>Thread part %1:</source>
        <translation>Partie %1 du fil&#xa0;:</translation>
    </message>
    <message>
        <source>First comment:</source>
        <translation>Premier commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Published as %1, but Vigie’s database could not record it: %2</source>
        <translation>Publié à l’adresse %1, mais la base de données de Vigie n’a pas pu l’enregistrer&#xa0;: %2</translation>
    </message>
    <message>
        <source>Vigie handed this post to %1’s own scheduler but never got the answer. Check the scheduled and published posts on %1, then mark it published or failed.</source>
        <translation>Vigie a confié cette publication à l’outil de programmation de %1, mais n’a jamais reçu de réponse. Vérifiez les publications programmées et publiées sur %1, puis indiquez si elle a été publiée ou si elle a échoué.</translation>
    </message>
    <message>
        <source>This post was handed to %1’s own scheduler, which Vigie can no longer check. See whether it is online, then mark it published or failed.</source>
        <translation>Cette publication a été confiée à l’outil de programmation de %1, que Vigie ne peut plus consulter. Vérifiez si elle est en ligne, puis indiquez si elle a été publiée ou si elle a échoué.</translation>
    </message>
    <message>
        <source>Vigie could not withdraw it from %1’s schedule first: %2</source>
        <translation>Vigie n’a pas pu la retirer au préalable de la programmation de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has not published it yet; Vigie checks again in a few minutes.</source>
        <translation>%1 ne l’a pas encore publiée&#xa0;; Vigie vérifiera de nouveau dans quelques minutes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 had not published it %n minute(s) after its time, so Vigie withdrew it from %1’s schedule. Check the page, then schedule it again.</source>
        <translation>
            <numerusform>%n minute après l’heure prévue, %1 ne l’avait toujours pas publiée&#xa0;: Vigie l’a donc retirée de la programmation de %1. Vérifiez la page, puis programmez-la de nouveau.</numerusform>
            <numerusform>%n minutes après l’heure prévue, %1 ne l’avait toujours pas publiée&#xa0;: Vigie l’a donc retirée de la programmation de %1. Vérifiez la page, puis programmez-la de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The post was removed from %1’s scheduled posts before its time (by someone on %1): it was not published.</source>
        <translation>La publication a été retirée des publications programmées de %1 avant l’heure prévue (par quelqu’un, sur %1)&#xa0;: elle n’a pas été publiée.</translation>
    </message>
    <message>
        <source>Vigie could not check it on %1 yet: %2</source>
        <translation>Vigie n’a pas encore pu la vérifier sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Vigie could not check whether %1 published it: %2 Check the post on %1, then mark it published or failed.</source>
        <translation>Vigie n’a pas pu vérifier si %1 l’a publiée&#xa0;: %2 Vérifiez la publication sur %1, puis indiquez si elle a été publiée ou si elle a échoué.</translation>
    </message>
</context>
<context>
    <name>WorkspaceRepository</name>
    <message>
        <source>A workspace needs a name.</source>
        <translation>Un espace de travail doit avoir un nom.</translation>
    </message>
    <message>
        <source>A brand needs a name.</source>
        <translation>Une marque doit avoir un nom.</translation>
    </message>
    <message>
        <source>A product needs a name.</source>
        <translation>Un produit doit avoir un nom.</translation>
    </message>
    <message>
        <source>An account needs a handle.</source>
        <translation>Un compte doit avoir un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>This account is already connected in this workspace.</source>
        <translation>Ce compte est déjà connecté dans cet espace de travail.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Le compte %1 n’existe pas.</translation>
    </message>
    <message>
        <source>This brand no longer exists.</source>
        <translation>Cette marque n’existe plus.</translation>
    </message>
    <message>
        <source>Two products of this brand are named “%1”.</source>
        <translation>Deux produits de cette marque s’appellent «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>XAdapter</name>
    <message>
        <source>the access token had to be renewed; the post was not sent yet</source>
        <translation>le jeton d’accès a dû être renouvelé&#xa0;; la publication n’a pas encore été envoyée</translation>
    </message>
    <message>
        <source>X&apos;s answer was not JSON</source>
        <translation>la réponse de X n’était pas au format JSON</translation>
    </message>
    <message>
        <source>the account has no OAuth client id to renew its access token</source>
        <translation>le compte n’a pas d’identifiant client OAuth pour renouveler son jeton d’accès</translation>
    </message>
    <message>
        <source>X&apos;s token answer could not be read</source>
        <translation>la réponse de X à la demande de jeton était illisible</translation>
    </message>
    <message>
        <source>X&apos;s answer did not name the account</source>
        <translation>la réponse de X n’indiquait pas le compte</translation>
    </message>
    <message>
        <source>X hides only replies in conversations the account started.</source>
        <translation>X ne masque que les réponses dans les conversations lancées par le compte.</translation>
    </message>
    <message>
        <source>X did not confirm that the reply is hidden</source>
        <translation>X n’a pas confirmé que la réponse est masquée</translation>
    </message>
    <message>
        <source>An X post needs text or media.</source>
        <translation>Une publication X doit contenir du texte ou un média.</translation>
    </message>
    <message>
        <source>The post is %1 characters long as X counts them; X allows %2.</source>
        <translation>La publication compte %1 caractères selon le décompte de X&#xa0;; X en accepte %2.</translation>
    </message>
    <message>
        <source>X does not allow a poll and media in one post.</source>
        <translation>X n’accepte pas de sondage et de médias dans une même publication.</translation>
    </message>
    <message>
        <source>An X poll has 2 to 4 options.</source>
        <translation>Un sondage X comporte de 2 à 4 options.</translation>
    </message>
    <message>
        <source>Each X poll option has 1 to %1 characters.</source>
        <translation>Chaque option d’un sondage X compte de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>An X poll lasts from 5 minutes to 7 days.</source>
        <translation>Un sondage X dure de 5 minutes à 7 jours.</translation>
    </message>
    <message>
        <source>X takes at most 4 photos in one post.</source>
        <translation>X accepte au maximum 4 photos par publication.</translation>
    </message>
    <message>
        <source>A video or an animated GIF must be alone in an X post.</source>
        <translation>Une vidéo ou un GIF animé doit être seul dans une publication X.</translation>
    </message>
    <message>
        <source>X takes image descriptions of at most 1,000 characters.</source>
        <translation>X accepte des descriptions d’image de 1&#xa0;000 caractères au maximum.</translation>
    </message>
    <message>
        <source>X&apos;s answer to the media upload could not be read</source>
        <translation>la réponse de X à l’envoi du média était illisible</translation>
    </message>
    <message>
        <source>X could not process the media</source>
        <translation>X n’a pas pu traiter le média</translation>
    </message>
    <message>
        <source>X is still processing the media</source>
        <translation>X traite encore le média</translation>
    </message>
    <message>
        <source>X refuses a post identical to a recent one: %1</source>
        <translation>X refuse une publication identique à une publication récente&#xa0;: %1</translation>
    </message>
    <message>
        <source>X&apos;s answer could not be read</source>
        <translation>la réponse de X était illisible</translation>
    </message>
    <message>
        <source>the sync stopped before its end</source>
        <translation>la synchronisation s’est arrêtée avant la fin</translation>
    </message>
    <message>
        <source>Nothing to search for.</source>
        <translation>Rien à rechercher.</translation>
    </message>
</context>
<context>
    <name>vigie::AdverseMentionsModel</name>
    <message>
        <source>%1, %2 — possible adverse events: %3</source>
        <translation>%1, %2 — effets indésirables possibles&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, %2 — possible adverse events</source>
        <translation>%1, %2 — effets indésirables possibles</translation>
    </message>
</context>
<context>
    <name>vigie::CalendarController</name>
    <message>
        <source>The draft could not be created: %1</source>
        <translation>Impossible de créer le brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <source>This post no longer exists.</source>
        <translation>Cette publication n’existe plus.</translation>
    </message>
    <message>
        <source>Choose at least one channel for this post before adding it to the queue.</source>
        <translation>Choisissez au moins un canal pour cette publication avant de l’ajouter à la file d’attente.</translation>
    </message>
    <message>
        <source>No free queue time in the next 8 weeks for this post&apos;s channels. Set queue times with &quot;Queue times…&quot; in the calendar toolbar.</source>
        <translation>Aucun créneau libre dans les 8 prochaines semaines pour les canaux de cette publication. Définissez des créneaux avec «&#xa0;Créneaux…&#xa0;» dans la barre d’outils du calendrier.</translation>
    </message>
    <message>
        <source>The calendar could not be exported to %1: %2</source>
        <translation>Impossible d’exporter le calendrier vers %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vigie::CalendarListModel</name>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>vigie::CaseQueueModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Case %1, %2, %3 on %4: %5</source>
        <translation>Cas %1, %2, %3 sur %4&#xa0;: %5</translation>
    </message>
</context>
<context>
    <name>vigie::ChartExport</name>
    <message>
        <source>The chart has nothing to draw yet.</source>
        <translation>Le graphique n’a encore rien à afficher.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>File name part: the chart&apos;s first and last day, e.g. &quot;2026-03-01 to 2026-03-31&quot;</extracomment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>graphique</translation>
    </message>
</context>
<context>
    <name>vigie::CommentCsvImport</name>
    <message>
        <source>date (or Date, date et heure), author (or auteur, nom), text (or texte, commentaire); optional: url (or lien), id, parent (or in reply to, en réponse à), handle (or pseudo)</source>
        <translation>date (ou Date, date et heure), author (ou auteur, nom), text (ou texte, commentaire)&#xa0;; facultatives&#xa0;: url (ou lien), id, parent (ou in reply to, en réponse à), handle (ou pseudo)</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Le compte %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Comments can be imported only into a manual channel; %1 (%2) brings its comments in itself.</source>
        <translation>Les commentaires ne peuvent être importés que dans un canal manuel&#xa0;; %1 (%2) récupère lui-même ses commentaires.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file is empty: its first line names the columns (%1), then one comment per line.</source>
        <translation>Le fichier est vide&#xa0;: la première ligne indique le nom des colonnes (%1), puis chaque ligne suivante contient un commentaire.</translation>
    </message>
    <message>
        <source>Two columns hold the same thing: &quot;%1&quot; and &quot;%2&quot;.</source>
        <translation>Deux colonnes contiennent la même information&#xa0;: «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The first line must name the columns; missing: %1. Accepted names: %2.</source>
        <translation>La première ligne doit indiquer le nom des colonnes&#xa0;; manquantes&#xa0;: %1. Noms acceptés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 fields where the first line names %2: is a text with a separator missing its quotes?</source>
        <translation>%1 champs alors que la première ligne en nomme %2&#xa0;: manque-t-il les guillemets autour d’un texte contenant un séparateur&#xa0;?</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>La date est vide.</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks skip that hour in spring.</source>
        <translation>%1 n’existe pas dans le fuseau %2&#xa0;: cette heure est sautée lors du passage à l’heure d’été.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; cannot be read: write 2026-03-14 09:30 or 14/03/2026 09:30.</source>
        <translation>La date «&#xa0;%1&#xa0;» est illisible&#xa0;: écrivez 2026-03-14 09:30 ou 14/03/2026 09:30.</translation>
    </message>
    <message>
        <source>The date %1 is in the future: are day and month swapped?</source>
        <translation>La date %1 est dans le futur&#xa0;: le jour et le mois sont-ils inversés&#xa0;?</translation>
    </message>
    <message>
        <source>The author is empty.</source>
        <translation>Le nom de l’auteur est vide.</translation>
    </message>
    <message>
        <source>The comment text is empty.</source>
        <translation>Le texte du commentaire est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web link (http:// or https://).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un lien web (http:// ou https://).</translation>
    </message>
    <message>
        <source>The same id as line %1.</source>
        <translation>Même identifiant qu’à la ligne %1.</translation>
    </message>
    <message>
        <source>The comment answers itself (parent = id).</source>
        <translation>Le commentaire répond à lui-même (parent = id).</translation>
    </message>
    <message>
        <source>A quoted text opens here and never closes: the rest of the file was read as part of it.</source>
        <translation>Un texte entre guillemets s’ouvre ici et n’est jamais refermé&#xa0;: tout le reste du fichier a été lu comme en faisant partie.</translation>
    </message>
    <message>
        <source>The file names its columns but holds no comment.</source>
        <translation>Le fichier nomme ses colonnes mais ne contient aucun commentaire.</translation>
    </message>
    <message>
        <source>This comment and the one it answers answer each other (a loop of parent ids).</source>
        <translation>Ce commentaire et celui auquel il répond se répondent mutuellement (boucle d’identifiants parents).</translation>
    </message>
    <message>
        <source>The file holds no comment.</source>
        <translation>Le fichier ne contient aucun commentaire.</translation>
    </message>
    <message>
        <source>Correct the lines listed first: nothing was imported.</source>
        <translation>Corrigez d’abord les lignes indiquées&#xa0;: rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>vigie::ConversationListModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>non lue</translation>
    </message>
    <message>
        <source>possible adverse event</source>
        <translation>effet indésirable possible</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>assignée à %1</translation>
    </message>
</context>
<context>
    <name>vigie::CrisisText</name>
    <message>
        <source>Possible crisis: %1</source>
        <translation>Crise possible&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mentions today, usually about %1</source>
        <translation>
            <numerusform>%n mention aujourd’hui, contre %1 environ d’habitude</numerusform>
            <numerusform>%n mentions aujourd’hui, contre %1 environ d’habitude</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions on %1, usually about %2</source>
        <translation>
            <numerusform>%n mention le %1, contre %2 environ d’habitude</numerusform>
            <numerusform>%n mentions le %1, contre %2 environ d’habitude</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions today</source>
        <translation>
            <numerusform>%n mention aujourd’hui</numerusform>
            <numerusform>%n mentions aujourd’hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions on %1</source>
        <translation>
            <numerusform>%n mention le %1</numerusform>
            <numerusform>%n mentions le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>negative %1, usually %2</source>
        <translation>%1 de négatives, contre %2 d’habitude</translation>
    </message>
    <message>
        <source>negative %1</source>
        <translation>%1 de négatives</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1&#xa0;; %2.</translation>
    </message>
    <message>
        <source>Driving terms: %1</source>
        <translation>Termes moteurs&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>vigie::CsvExport</name>
    <message>
        <source>Period start</source>
        <translation>Début de période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vigie::EngagementModel</name>
    <message>
        <source>d MMM</source>
        <extracomment>Date format of a post on the engagement chart (day and abbreviated month); see QDate::toString</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>A post on the engagement chart&apos;s axis: day, network, start of the text</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1
Likes: %2, reposts: %3, replies: %4</source>
        <translation>%1
J’aime&#xa0;: %2, partages&#xa0;: %3, réponses&#xa0;: %4</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>Reposts</source>
        <translation>Partages</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
</context>
<context>
    <name>vigie::ICalendar</name>
    <message>
        <source>Channels: %1</source>
        <translation>Canaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>vigie::InboxController</name>
    <message>
        <source>This status cannot be set.</source>
        <translation>Impossible d’appliquer ce statut.</translation>
    </message>
</context>
<context>
    <name>vigie::ListeningFeedModel</name>
    <message>
        <source>“%1” is not a web address: a feed&apos;s address starts with http:// or https://.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web&#xa0;: l’adresse d’un flux commence par http:// ou https://.</translation>
    </message>
    <message>
        <source>This feed is already in the list.</source>
        <translation>Ce flux figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>Feed “%1”: %2</source>
        <translation>Flux «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Never read</source>
        <translation>Jamais lu</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Pas encore lu</translation>
    </message>
    <message>
        <source>Read at every collection</source>
        <translation>Lu à chaque collecte</translation>
    </message>
    <message>
        <source>Paused: not read</source>
        <translation>En pause&#xa0;: non lu</translation>
    </message>
    <message>
        <source>Last tried %1</source>
        <translation>Dernière tentative&#xa0;: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Dernière lecture</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Dernier problème</translation>
    </message>
</context>
<context>
    <name>vigie::ListeningQueryModel</name>
    <message>
        <source>Query “%1” of %2: %3</source>
        <translation>Requête «&#xa0;%1&#xa0;» de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>+ products</source>
        <translation>+ produits</translation>
    </message>
    <message>
        <source>not: %1</source>
        <translation>sauf&#xa0;: %1</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collectée</translation>
    </message>
    <message>
        <source>Paused: not collected</source>
        <translation>En pause&#xa0;: non collectée</translation>
    </message>
    <message>
        <source>%1 (competitor)</source>
        <translation>%1 (concurrent)</translation>
    </message>
    <message>
        <source>Feeds only: no network is searched</source>
        <translation>Flux uniquement&#xa0;: aucun réseau n’est interrogé</translation>
    </message>
    <message>
        <source>Feeds only</source>
        <translation>Flux uniquement</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Listens for</source>
        <translation>Termes suivis</translation>
    </message>
    <message>
        <source>Searched on</source>
        <translation>Recherchée sur</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>vigie::ListeningSettings</name>
    <message>
        <source>Collect every 0 to 1,440 minutes (0 = only when asked).</source>
        <translation>L’intervalle de collecte va de 0 à 1&#xa0;440 minutes (0 = uniquement sur demande).</translation>
    </message>
    <message>
        <source>Alert thresholds go from 1 to 10 deviations above the baseline.</source>
        <translation>Les seuils d’alerte vont de 1 à 10 écarts-types au-dessus du niveau habituel.</translation>
    </message>
    <message>
        <source>The minimum number of mentions for an alert must be at least 1.</source>
        <translation>Le nombre minimal de mentions pour une alerte doit être d’au moins 1.</translation>
    </message>
    <message>
        <source>The minimum negative share goes from 0 % to 100 %.</source>
        <translation>La part négative minimale va de 0&#xa0;% à 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The baseline spans 7 to 365 days.</source>
        <translation>Le niveau habituel se calcule sur 7 à 365 jours.</translation>
    </message>
</context>
<context>
    <name>vigie::ManualPublishing</name>
    <message>
        <source>Paste the address of the published post (https://…).</source>
        <translation>Collez l’adresse de la publication mise en ligne (https://…).</translation>
    </message>
    <message>
        <source>“%1” is not a web address: it must start with https:// or http://.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web&#xa0;: elle doit commencer par https:// ou http://.</translation>
    </message>
    <message>
        <source>“%1” names no site: paste the whole address of the published post.</source>
        <translation>«&#xa0;%1&#xa0;» ne désigne aucun site&#xa0;: collez l’adresse complète de la publication mise en ligne.</translation>
    </message>
    <message>
        <source>Post variant %1 is not a manual channel&apos;s post.</source>
        <translation>La variante de publication %1 n’appartient pas à un canal manuel.</translation>
    </message>
</context>
<context>
    <name>vigie::MentionListModel</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>A feed item in a mention list: its title, then its text</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Possible adverse event</source>
        <translation>Effet indésirable possible</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Brands and products</source>
        <translation>Marques et produits</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Tonalité</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Effet indésirable</translation>
    </message>
</context>
<context>
    <name>vigie::MentionVolumeModel</name>
    <message>
        <source>%1, %2 — mentions: %3</source>
        <translation>%1, %2 — mentions&#xa0;: %3</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Day (previous period)</source>
        <translation>Jour (période précédente)</translation>
    </message>
    <message>
        <source>%1 (previous period)</source>
        <translation>%1 (période précédente)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>vigie::MessageSearchModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>possible adverse event</source>
        <translation>effet indésirable possible</translation>
    </message>
</context>
<context>
    <name>vigie::Network</name>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
</context>
<context>
    <name>vigie::NetworksModel</name>
    <message>
        <source>%1%</source>
        <comment>whole percent of the mentions</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 — mentions: %2 (%3% of the period)</source>
        <translation>%1 — mentions&#xa0;: %2 (%3&#xa0;% de la période)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
</context>
<context>
    <name>vigie::SentimentModel</name>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>Toutes les marques</translation>
    </message>
    <message>
        <source>Own brands</source>
        <translation>Vos marques</translation>
    </message>
    <message>
        <source>%1, %2 — %3</source>
        <extracomment>A mention list&apos;s title: brands, period, sentiment</extracomment>
        <translation>%1, %2 — %3</translation>
    </message>
</context>
<context>
    <name>vigie::ShareOfVoiceModel</name>
    <message>
        <source>%1%</source>
        <comment>whole percent of the mentions</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 — mentions: %2 (%3% of the period)</source>
        <translation>%1 — mentions&#xa0;: %2 (%3&#xa0;% de la période)</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <extracomment>A mention list&apos;s title: brand, first and last day of the period</extracomment>
        <translation>%1, %2 – %3</translation>
    </message>
</context>
<context>
    <name>vigie::ThreadMessagesModel</name>
    <message>
        <source>possible adverse event</source>
        <translation>effet indésirable possible</translation>
    </message>
    <message>
        <source>hidden on the network</source>
        <translation>masqué sur le réseau</translation>
    </message>
    <message>
        <source>deleted on the network</source>
        <translation>supprimé sur le réseau</translation>
    </message>
</context>
<context>
    <name>vigie::TopProductsModel</name>
    <message>
        <source>%1 — mentions: %2</source>
        <translation>%1 — mentions&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2) — mentions: %3</source>
        <translation>%1 (%2) — mentions&#xa0;: %3</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
</context>
<context>
    <name>vigie::TopSourcesModel</name>
    <message>
        <source>(no source)</source>
        <translation>(sans source)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A source on a chart axis: source, network</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — mentions: %2</source>
        <translation>%1 — mentions&#xa0;: %2</translation>
    </message>
    <message>
        <source>Source and network</source>
        <translation>Source et réseau</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
</context>
<context>
    <name>vigie::cli</name>
    <message>
        <source>Usage: vigie [--db PATH] [--demo] [--lang fr|en]
       vigie COMMAND [OPTIONS]

Without a command, Vigie opens its window.
  --db PATH     open the workspace database at PATH
  --demo        open the demo workspace (created if needed)
  --lang fr|en  interface language for this session

Commands:
</source>
        <translation>Utilisation&#xa0;: vigie [--db PATH] [--demo] [--lang fr|en]
              vigie COMMANDE [OPTIONS]

Sans commande, Vigie ouvre sa fenêtre.
  --db PATH     ouvrir la base de données d’espace de travail située à PATH
  --demo        ouvrir l’espace de démonstration (créé au besoin)
  --lang fr|en  langue de l’interface pour cette session

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>Run &apos;vigie COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Lancez «&#xa0;vigie COMMANDE --help&#xa0;» pour afficher les options d’une commande.</translation>
    </message>
    <message>
        <source>vigie: unknown command &apos;%1&apos;.</source>
        <translation>vigie&#xa0;: commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>vigie: %1</source>
        <translation>vigie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try &apos;vigie %1 --help&apos;.</source>
        <translation>Essayez «&#xa0;vigie %1 --help&#xa0;».</translation>
    </message>
    <message>
        <source>write the demo workspace to a new database</source>
        <translation>écrire l’espace de démonstration dans une nouvelle base de données</translation>
    </message>
    <message>
        <source>Database file to write.</source>
        <translation>Fichier de base de données à écrire.</translation>
    </message>
    <message>
        <source>Random seed (the same seed gives the same data).</source>
        <translation>Graine aléatoire (une même graine donne les mêmes données).</translation>
    </message>
    <message>
        <source>Date the demo treats as today (YYYY-MM-DD).</source>
        <translation>Date que la démo considère comme aujourd’hui (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>vigie demo: --out PATH is required.</source>
        <translation>vigie demo&#xa0;: l’option --out PATH est obligatoire.</translation>
    </message>
    <message>
        <source>vigie demo: --seed takes a whole number.</source>
        <translation>vigie demo&#xa0;: --seed attend un nombre entier.</translation>
    </message>
    <message>
        <source>vigie demo: --today takes a date as YYYY-MM-DD.</source>
        <translation>vigie demo&#xa0;: --today attend une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>vigie demo: %1</source>
        <translation>vigie demo&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrote the demo workspace to %1.</source>
        <translation>Espace de démonstration écrit dans %1.</translation>
    </message>
    <message>
        <source>create an empty workspace database</source>
        <translation>créer une base de données d’espace de travail vide</translation>
    </message>
    <message>
        <source>Database file to create.</source>
        <translation>Fichier de base de données à créer.</translation>
    </message>
    <message>
        <source>Workspace name.</source>
        <translation>Nom de l’espace de travail.</translation>
    </message>
    <message>
        <source>My workspace</source>
        <translation>Mon espace de travail</translation>
    </message>
    <message>
        <source>Workspace timezone (IANA name).</source>
        <translation>Fuseau horaire de l’espace de travail (nom IANA).</translation>
    </message>
    <message>
        <source>vigie init: unexpected argument &apos;%1&apos;.</source>
        <translation>vigie init&#xa0;: argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>vigie init: unknown timezone &apos;%1&apos;.</source>
        <translation>vigie init&#xa0;: fuseau horaire inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>vigie init: %1</source>
        <translation>vigie init&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 already holds the workspace &quot;%2&quot;; nothing changed.</source>
        <translation>%1 contient déjà l’espace de travail «&#xa0;%2&#xa0;»&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Created the workspace &quot;%1&quot; in %2.</source>
        <translation>Espace de travail «&#xa0;%1&#xa0;» créé dans %2.</translation>
    </message>
    <message>
        <source>Database file to read.</source>
        <translation>Fichier de base de données à lire.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>vigie stats: no database at %1 (create one with &apos;vigie init&apos;).</source>
        <translation>vigie stats&#xa0;: aucune base de données à l’emplacement %1 (créez-en une avec «&#xa0;vigie init&#xa0;»).</translation>
    </message>
    <message>
        <source>vigie stats: %1</source>
        <translation>vigie stats&#xa0;: %1</translation>
    </message>
    <message>
        <source>Database file to use.</source>
        <translation>Fichier de base de données à utiliser.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>needs reconnect</source>
        <translation>à reconnecter</translation>
    </message>
    <message>
        <source>rate limited until %1</source>
        <translation>limité par le réseau jusqu’à %1</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>limité par le réseau</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>connect, list and remove network accounts</source>
        <translation>connecter, afficher et supprimer les comptes des réseaux</translation>
    </message>
    <message>
        <source>vigie account: say add, list or remove (see &apos;vigie account --help&apos;).</source>
        <translation>vigie account&#xa0;: indiquez add, list ou remove (voir «&#xa0;vigie account --help&#xa0;»).</translation>
    </message>
    <message>
        <source>Mastodon server address.</source>
        <translation>Adresse de l’instance Mastodon.</translation>
    </message>
    <message>
        <source>Read the Mastodon access token from standard input.</source>
        <translation>Lire le jeton d’accès Mastodon sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Bluesky server (PDS) address.</source>
        <translation>Adresse du serveur Bluesky (PDS).</translation>
    </message>
    <message>
        <source>Bluesky handle.</source>
        <translation>Nom d’utilisateur Bluesky.</translation>
    </message>
    <message>
        <source>Read the Bluesky app password from standard input.</source>
        <translation>Lire le mot de passe d’application Bluesky sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Brand the account speaks for.</source>
        <translation>Marque que le compte représente.</translation>
    </message>
    <message>
        <source>The audience is professionals only (not the public).</source>
        <translation>Audience réservée aux professionnels (pas au grand public).</translation>
    </message>
    <message>
        <source>vigie account add mastodon: give --instance URL and --token-stdin (the token on standard input).</source>
        <translation>vigie account add mastodon&#xa0;: indiquez --instance URL et --token-stdin (le jeton d’accès sur l’entrée standard).</translation>
    </message>
    <message>
        <source>vigie account add bluesky: give --handle HANDLE and --app-password-stdin (the app password on standard input).</source>
        <translation>vigie account add bluesky&#xa0;: indiquez --handle HANDLE et --app-password-stdin (le mot de passe d’application sur l’entrée standard).</translation>
    </message>
    <message>
        <source>vigie account add: nothing was read from standard input.</source>
        <translation>vigie account add&#xa0;: rien n’a été lu sur l’entrée standard.</translation>
    </message>
    <message>
        <source>vigie account add: no brand named &apos;%1&apos; in this workspace.</source>
        <translation>vigie account add&#xa0;: aucune marque nommée «&#xa0;%1&#xa0;» dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Connected %1 account %2 as number %3.</source>
        <translation>Compte %1 %2 connecté sous le numéro %3.</translation>
    </message>
    <message>
        <source>List the workspace&apos;s accounts.</source>
        <translation>Afficher les comptes de l’espace de travail.</translation>
    </message>
    <message>
        <source>No accounts yet: connect one with &apos;vigie account add&apos;.</source>
        <translation>Aucun compte pour l’instant&#xa0;: connectez-en un avec «&#xa0;vigie account add&#xa0;».</translation>
    </message>
    <message>
        <source>Remove an account, its keychain entry and its inbox.</source>
        <translation>Supprimer un compte, son entrée dans le trousseau et sa boîte de réception.</translation>
    </message>
    <message>
        <source>The account&apos;s number (see &apos;vigie account list&apos;).</source>
        <translation>Numéro du compte (voir «&#xa0;vigie account list&#xa0;»).</translation>
    </message>
    <message>
        <source>vigie account remove: give the account&apos;s number (see &apos;vigie account list&apos;).</source>
        <translation>vigie account remove&#xa0;: indiquez le numéro du compte (voir «&#xa0;vigie account list&#xa0;»).</translation>
    </message>
    <message>
        <source>Removed account %1 (%2).</source>
        <translation>Compte %1 (%2) supprimé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>sync, list and answer the unified inbox</source>
        <translation>synchroniser et afficher la boîte de réception unifiée, et y répondre</translation>
    </message>
    <message>
        <source>Fetch what is new from every connected account (or one).</source>
        <translation>Récupérer les nouveautés de tous les comptes connectés (ou d’un seul).</translation>
    </message>
    <message>
        <source>Only this account.</source>
        <translation>Uniquement ce compte.</translation>
    </message>
    <message>
        <source>vigie inbox sync: %1: %2 (%3 new messages kept)</source>
        <translation>vigie inbox sync&#xa0;: %1&#xa0;: %2 (nouveaux messages conservés&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1: %2 new of %3 fetched in %4 s.</source>
        <translation>%1&#xa0;: %3 message(s) récupéré(s) en %4&#xa0;s, dont %2 nouveau(x).</translation>
    </message>
    <message>
        <source>No connected accounts to sync: connect one with &apos;vigie account add&apos;.</source>
        <translation>Aucun compte connecté à synchroniser&#xa0;: connectez-en un avec «&#xa0;vigie account add&#xa0;».</translation>
    </message>
    <message>
        <source>List inbox messages, newest first.</source>
        <translation>Afficher les messages de la boîte de réception, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>At most this many messages.</source>
        <translation>Nombre maximal de messages.</translation>
    </message>
    <message>
        <source>vigie inbox list: --limit takes a positive number.</source>
        <translation>vigie inbox list&#xa0;: --limit attend un nombre positif.</translation>
    </message>
    <message>
        <source>The inbox is empty: run &apos;vigie inbox sync&apos;.</source>
        <translation>La boîte de réception est vide&#xa0;: lancez «&#xa0;vigie inbox sync&#xa0;».</translation>
    </message>
    <message>
        <source>Answer a message, threaded under it on its network.</source>
        <translation>Répondre à un message, dans sa conversation sur son réseau.</translation>
    </message>
    <message>
        <source>The message&apos;s number (see &apos;vigie inbox list&apos;).</source>
        <translation>Numéro du message (voir «&#xa0;vigie inbox list&#xa0;»).</translation>
    </message>
    <message>
        <source>The reply.</source>
        <translation>Texte de la réponse.</translation>
    </message>
    <message>
        <source>vigie inbox reply: give the message&apos;s number and --text TEXT.</source>
        <translation>vigie inbox reply&#xa0;: indiquez le numéro du message et --text TEXT.</translation>
    </message>
    <message>
        <source>vigie inbox reply: there is no message %1 (see &apos;vigie inbox list&apos;).</source>
        <translation>vigie inbox reply&#xa0;: le message %1 n’existe pas (voir «&#xa0;vigie inbox list&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 has no workspace yet: connect an account first with &apos;vigie account add&apos;.</source>
        <translation>%1 ne contient pas encore d’espace de travail&#xa0;: connectez d’abord un compte avec «&#xa0;vigie account add&#xa0;».</translation>
    </message>
    <message>
        <source>There is no account %1 (see &apos;vigie account list&apos;).</source>
        <translation>Le compte %1 n’existe pas (voir «&#xa0;vigie account list&#xa0;»).</translation>
    </message>
    <message>
        <source>Vigie cannot talk to %1 yet.</source>
        <translation>Vigie ne peut pas encore communiquer avec %1.</translation>
    </message>
    <message>
        <source>The text to publish.</source>
        <translation>Texte à publier.</translation>
    </message>
    <message>
        <source>An image to attach (repeatable).</source>
        <translation>Image à joindre (option répétable).</translation>
    </message>
    <message>
        <source>Alt text of the image given before it (repeatable).</source>
        <translation>Texte alternatif de l’image indiquée juste avant (option répétable).</translation>
    </message>
    <message>
        <source>Publish as a reply to this post (the network&apos;s id).</source>
        <translation>Publier en réponse à cette publication (identifiant sur le réseau).</translation>
    </message>
    <message>
        <source>vigie post: give --account ID and --text TEXT (or --media FILE).</source>
        <translation>vigie post&#xa0;: indiquez --account ID et --text TEXT (ou --media FILE).</translation>
    </message>
    <message>
        <source>vigie post: each --alt describes the --media given before it; there are more --alt than --media.</source>
        <translation>vigie post&#xa0;: chaque --alt décrit le --media indiqué juste avant&#xa0;; il y a plus de --alt que de --media.</translation>
    </message>
    <message>
        <source>vigie post: cannot read %1.</source>
        <translation>vigie post&#xa0;: impossible de lire %1.</translation>
    </message>
    <message>
        <source>vigie inbox sync: %1: the database refused a page of messages: %2</source>
        <translation>vigie inbox sync&#xa0;: %1&#xa0;: la base de données a refusé une page de messages&#xa0;: %2</translation>
    </message>
    <message>
        <source>check that no audit log entry was edited or deleted</source>
        <translation>vérifier qu’aucune entrée du journal d’audit n’a été modifiée ou supprimée</translation>
    </message>
    <message>
        <source>no database at %1.</source>
        <translation>aucune base de données à l’emplacement %1.</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries checked.</source>
        <translation>Le journal d’audit est intact&#xa0;: %1 entrées vérifiées.</translation>
    </message>
    <message>
        <source>The audit log has been tampered with: %1</source>
        <translation>Le journal d’audit a été altéré&#xa0;: %1</translation>
    </message>
    <message>
        <source>export the planned posts as an iCalendar file</source>
        <translation>exporter les publications planifiées dans un fichier iCalendar</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>Le fichier .ics à écrire.</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD); default: every post.</source>
        <translation>Premier jour (AAAA-MM-JJ)&#xa0;; par défaut&#xa0;: toutes les publications.</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation>Dernier jour (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>vigie calendar export: --ics FILE is required.</source>
        <translation>vigie calendar export&#xa0;: --ics FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>%1 has no workspace.</source>
        <translation>%1 ne contient aucun espace de travail.</translation>
    </message>
    <message>
        <source>vigie calendar export: --from and --to take dates (YYYY-MM-DD), the first not after the second.</source>
        <translation>vigie calendar export&#xa0;: --from et --to attendent des dates (AAAA-MM-JJ), la première au plus tard égale à la seconde.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wrote %1 posts to %2.</source>
        <translation>%1 publications écrites dans %2.</translation>
    </message>
    <message>
        <source>vigie %1: say %2 (see &apos;vigie %1 --help&apos;).</source>
        <translation>vigie %1&#xa0;: indiquez %2 (voir «&#xa0;vigie %1 --help&#xa0;»).</translation>
    </message>
    <message>
        <source>list the workspace&apos;s posts and where each stands</source>
        <translation>lister les publications de l’espace de travail et leur état</translation>
    </message>
    <message>
        <source>Only posts in this state (draft, scheduled, published, failed, unconfirmed…).</source>
        <translation>Seulement les publications dans cet état (draft, scheduled, published, failed, unconfirmed…).</translation>
    </message>
    <message>
        <source>vigie posts list: unknown state &apos;%1&apos; (one of: %2).</source>
        <translation>vigie posts list&#xa0;: état «&#xa0;%1&#xa0;» inconnu (au choix&#xa0;: %2).</translation>
    </message>
    <message>
        <source>No posts.</source>
        <translation>Aucune publication.</translation>
    </message>
    <message>
        <source>schedule the posts of a Hootsuite bulk-composer CSV file, all or nothing</source>
        <translation>programmer les publications d’un fichier CSV de planification groupée Hootsuite (bulk composer), tout ou rien</translation>
    </message>
    <message>
        <source>Columns: date and time (DD/MM/YYYY HH:mm or MM/DD/YYYY HH:mm, 24-hour, in the workspace&apos;s timezone), message, optional link. Nothing is written unless every line is correct.</source>
        <translation>Colonnes&#xa0;: date et heure (JJ/MM/AAAA HH:mm ou MM/JJ/AAAA HH:mm, sur 24 h, dans le fuseau horaire de l’espace de travail), message, lien facultatif. Rien n’est écrit tant que toutes les lignes ne sont pas correctes.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Le fichier CSV à importer.</translation>
    </message>
    <message>
        <source>The account the posts go to.</source>
        <translation>Le compte destinataire des publications.</translation>
    </message>
    <message>
        <source>dmy (31/12/2026) or mdy (12/31/2026); by default the order is read from the file and ambiguous dates are refused.</source>
        <translation>dmy (31/12/2026) ou mdy (12/31/2026)&#xa0;; par défaut, l’ordre est déduit du fichier et les dates ambiguës sont refusées.</translation>
    </message>
    <message>
        <source>%1: name one CSV file.</source>
        <translation>%1&#xa0;: indiquez un seul fichier CSV.</translation>
    </message>
    <message>
        <source>%1: --account ID is required (see vigie account list).</source>
        <translation>%1&#xa0;: --account ID est obligatoire (voir vigie account list).</translation>
    </message>
    <message>
        <source>%1: --date-order is dmy or mdy.</source>
        <translation>%1&#xa0;: --date-order vaut dmy ou mdy.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n post(s).</source>
        <translation>
            <numerusform>%n publication importée.</numerusform>
            <numerusform>%n publications importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing was imported.</source>
        <translation>%1&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Published post %1 on %2: %3</source>
        <translation>Publication %1 publiée sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Post %1 on %2 will be tried again at %3: %4</source>
        <translation>Nouvelle tentative pour la publication %1 sur %2 à %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Post %1 on %2 is unconfirmed: %3</source>
        <translation>Publication %1 sur %2 non confirmée&#xa0;: %3</translation>
    </message>
    <message>
        <source>Post %1 on %2 failed: %3</source>
        <translation>Échec de la publication %1 sur %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) published</source>
        <translation>
            <numerusform>%n variante publiée</numerusform>
            <numerusform>%n variantes publiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to retry</source>
        <translation>
            <numerusform>%n à réessayer</numerusform>
            <numerusform>%n à réessayer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unconfirmed</source>
        <translation>
            <numerusform>%n non confirmée</numerusform>
            <numerusform>%n non confirmées</numerusform>
        </translation>
    </message>
    <message>
        <source>publish every post that is due, then exit (cron, timers)</source>
        <translation>publier toutes les publications arrivées à échéance, puis quitter (cron, minuteurs)</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Only publish on this account.</source>
        <translation>Publier uniquement sur ce compte.</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;.</source>
        <translation>%1&#xa0;: argument inattendu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1: --account takes an account id (see &apos;vigie account list&apos;).</source>
        <translation>%1&#xa0;: --account attend un identifiant de compte (voir «&#xa0;vigie account list&#xa0;»).</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at column %2)</source>
        <translation>JSON non valide (%1 à la colonne %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>no &quot;id&quot;</source>
        <translation>clé &quot;id&quot; absente</translation>
    </message>
    <message>
        <source>&quot;text&quot; is missing or not a string</source>
        <translation>clé &quot;text&quot; absente ou qui n’est pas une chaîne de caractères</translation>
    </message>
    <message>
        <source>flag adverse events, products and sentiment in JSON Lines messages</source>
        <translation>repérer les effets indésirables, les produits et la tonalité de messages au format JSON Lines</translation>
    </message>
    <message>
        <source>Reads JSON Lines with &quot;id&quot; and &quot;text&quot; and writes one JSON object per line: {&quot;id&quot;, &quot;adverse_event&quot;, &quot;products&quot;, &quot;sentiment&quot;, &quot;evidence&quot;}.</source>
        <translation>Lit des messages au format JSON Lines avec &quot;id&quot; et &quot;text&quot;, et écrit un objet JSON par ligne&#xa0;: {&quot;id&quot;, &quot;adverse_event&quot;, &quot;products&quot;, &quot;sentiment&quot;, &quot;evidence&quot;}.</translation>
    </message>
    <message>
        <source>Products JSON file (as exported from Brands and compliance); without it, the workspace&apos;s products.</source>
        <translation>Fichier JSON des produits (tel qu’exporté depuis Marques et conformité)&#xa0;; à défaut, les produits de l’espace de travail.</translation>
    </message>
    <message>
        <source>Read this file instead of standard input.</source>
        <translation>Lire ce fichier au lieu de l’entrée standard.</translation>
    </message>
    <message>
        <source>vigie classify: unexpected argument &apos;%1&apos;.</source>
        <translation>vigie classify&#xa0;: argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l’entrée standard</translation>
    </message>
    <message>
        <source>cannot write standard output</source>
        <translation>impossible d’écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>vigie classify: line %1 skipped: %2.</source>
        <translation>vigie classify&#xa0;: ligne %1 ignorée&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>vigie classify: %n line(s) could not be read.</source>
        <translation>
            <numerusform>vigie classify&#xa0;: %n ligne n’a pas pu être lue.</numerusform>
            <numerusform>vigie classify&#xa0;: %n lignes n’ont pas pu être lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>Termes à rechercher.</translation>
    </message>
    <message>
        <source>vigie inbox search: --limit takes a positive number.</source>
        <translation>vigie inbox search&#xa0;: --limit attend un nombre positif.</translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation>Aucun message ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Search the inbox&apos;s messages, newest first. A word also finds its plural or singular (vertige finds vertiges); word* finds every word starting so; &quot;an exact phrase&quot;, -word to leave out, OR between two words. Case and accents never matter.</source>
        <translation>Cherche dans les messages de la boîte de réception, du plus récent au plus ancien. Un mot trouve aussi son pluriel ou son singulier (vertige trouve vertiges)&#xa0;; mot* trouve tous les mots qui commencent ainsi&#xa0;; «&#xa0;une expression exacte&#xa0;», -mot pour l’exclure, OR entre deux mots. Ni la casse ni les accents ne comptent.</translation>
    </message>
    <message>
        <source>%1: unchanged since the last read</source>
        <translation>%1&#xa0;: inchangé depuis la dernière lecture</translation>
    </message>
    <message numerus="yes">
        <source>%1: figures of %n post(s) read</source>
        <translation>
            <numerusform>%1&#xa0;: engagement relevé pour %n publication</numerusform>
            <numerusform>%1&#xa0;: engagement relevé pour %n publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new mention(s) in %2 read</source>
        <translation>
            <numerusform>%1&#xa0;: %n nouvelle mention (éléments lus&#xa0;: %2)</numerusform>
            <numerusform>%1&#xa0;: %n nouvelles mentions (éléments lus&#xa0;: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new mention(s); %1 sources, %2 failed.</source>
        <translation>
            <numerusform>%n nouvelle mention&#xa0;; sources&#xa0;: %1, en échec&#xa0;: %2.</numerusform>
            <numerusform>%n nouvelles mentions&#xa0;; sources&#xa0;: %1, en échec&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>vigie mentions sync: %1: %2</source>
        <translation>vigie mentions sync&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>collect listening mentions now</source>
        <translation>collecter maintenant les mentions de l’écoute</translation>
    </message>
    <message>
        <source>Search every listening query on the connected accounts, read every feed, store the new mentions and read the engagement of published posts, once.</source>
        <translation>Exécuter une fois chaque requête d’écoute sur les comptes connectés, lire chaque flux, enregistrer les nouvelles mentions et relever l’engagement des publications parues.</translation>
    </message>
    <message>
        <source>%1: nothing to collect: add a listening query on a connected account or a feed first.</source>
        <translation>%1&#xa0;: rien à collecter&#xa0;: ajoutez d’abord une requête d’écoute sur un compte connecté, ou un flux.</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage in command output, e.g. &quot;42.5%&quot;</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sans changement</translation>
    </message>
    <message>
        <source>%1, %2 to %3 (days in %4)</source>
        <translation>%1, du %2 au %3 (jours selon le fuseau %4)</translation>
    </message>
    <message>
        <source>Mentions: %1 (previous period, %2 to %3: %4, %5)</source>
        <translation>Mentions&#xa0;: %1 (période précédente, du %2 au %3&#xa0;: %4, %5)</translation>
    </message>
    <message>
        <source>Sentiment: positive %1 (%2), neutral %3 (%4), negative %5 (%6)</source>
        <translation>Tonalité&#xa0;: positive %1 (%2), neutre %3 (%4), négative %5 (%6)</translation>
    </message>
    <message>
        <source>Possible adverse events: %1</source>
        <translation>Effets indésirables possibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Share of voice: %1 of %2 mentions of all brands</source>
        <translation>Part de voix&#xa0;: %1 des %2 mentions de toutes les marques</translation>
    </message>
    <message>
        <source>Per day (total, positive, neutral, negative, adverse events):</source>
        <translation>Par jour (total, positives, neutres, négatives, effets indésirables)&#xa0;:</translation>
    </message>
    <message>
        <source>%1: --%2 DATE is required (YYYY-MM-DD).</source>
        <translation>%1&#xa0;: --%2 DATE est obligatoire (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>%1: --%2: &apos;%3&apos; is not a date (YYYY-MM-DD).</source>
        <translation>%1&#xa0;: --%2&#xa0;: «&#xa0;%3&#xa0;» n’est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Mentions of a brand over a period, from the daily aggregates: per day, sentiment, share of voice and the previous period of the same length. Days are the workspace&apos;s.</source>
        <translation>Mentions d’une marque sur une période, d’après les agrégats quotidiens&#xa0;: par jour, tonalité, part de voix et période précédente de même durée. Les jours sont ceux du fuseau de l’espace de travail.</translation>
    </message>
    <message>
        <source>Brand name (as in Tools &gt; Brands).</source>
        <translation>Nom de la marque (tel qu’indiqué dans Outils &gt; Marques et conformité).</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>Premier jour, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD (included).</source>
        <translation>Dernier jour, AAAA-MM-JJ (inclus).</translation>
    </message>
    <message>
        <source>%1: --from (%2) is after --to (%3).</source>
        <translation>%1&#xa0;: --from (%2) est postérieur à --to (%3).</translation>
    </message>
    <message>
        <source>%1: --brand NAME is required.</source>
        <translation>%1&#xa0;: --brand NAME est obligatoire.</translation>
    </message>
    <message>
        <source>%1: no brand named &apos;%2&apos;: the workspace has no brands.</source>
        <translation>%1&#xa0;: aucune marque nommée «&#xa0;%2&#xa0;»&#xa0;: l’espace de travail n’a aucune marque.</translation>
    </message>
    <message>
        <source>%1: no brand named &apos;%2&apos;. Brands: %3.</source>
        <translation>%1&#xa0;: aucune marque nommée «&#xa0;%2&#xa0;». Marques&#xa0;: %3.</translation>
    </message>
    <message>
        <source>show how many rows each table holds; &apos;stats mentions&apos; for a brand&apos;s mentions</source>
        <translation>afficher le nombre de lignes de chaque table&#xa0;; «&#xa0;stats mentions&#xa0;» pour les mentions d’une marque</translation>
    </message>
    <message>
        <source>write the analytics report as a PDF</source>
        <translation>écrire le rapport d’analyse au format PDF</translation>
    </message>
    <message>
        <source>Write the brand listening report (summary per brand and the analytics charts) as a PDF, in the interface language. Days are the workspace&apos;s.</source>
        <translation>Écrire le rapport d’écoute des marques (synthèse par marque et graphiques d’analyse) au format PDF, dans la langue de l’interface. Les jours sont ceux du fuseau de l’espace de travail.</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>Fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>%1: --pdf FILE is required.</source>
        <translation>%1&#xa0;: --pdf FILE est obligatoire.</translation>
    </message>
    <message>
        <source>Report written to %1 (pages: %2).</source>
        <translation>Rapport écrit dans %1 (pages&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Usage: vigie account add mastodon --instance URL --token-stdin [--brand NAME]
       vigie account add bluesky --service URL --handle HANDLE --app-password-stdin [--brand NAME]
       vigie account add x --client-id ID [--base-url URL] [--brand NAME]
       vigie account add facebook [--page-id ID] [--base-url URL] [--brand NAME]
       vigie account add instagram [--user-id IGID] [--base-url URL] [--brand NAME]
       vigie account add linkedin --organization ID [--expires-at ISO-DATE] [--base-url URL] [--brand NAME]
       vigie account add manual --name NAME [--url URL] [--brand NAME] [--professional]
       vigie account list [--json]
       vigie account remove ID

Secrets are read from standard input, one per line, never from arguments:
  x          the access token, then the refresh token
  facebook   the Page access token
  instagram  the access token of the Facebook Page linked to the Instagram account
  linkedin   the access token, then the refresh token if there is one
A manual channel has no secret. Google+ closed in 2019 and cannot be connected.
</source>
        <translation>Utilisation&#xa0;: vigie account add mastodon --instance URL --token-stdin [--brand NAME]
              vigie account add bluesky --service URL --handle HANDLE --app-password-stdin [--brand NAME]
              vigie account add x --client-id ID [--base-url URL] [--brand NAME]
              vigie account add facebook [--page-id ID] [--base-url URL] [--brand NAME]
              vigie account add instagram [--user-id IGID] [--base-url URL] [--brand NAME]
              vigie account add linkedin --organization ID [--expires-at ISO-DATE] [--base-url URL] [--brand NAME]
              vigie account add manual --name NAME [--url URL] [--brand NAME] [--professional]
              vigie account list [--json]
              vigie account remove ID

Les secrets sont lus sur l’entrée standard, un par ligne, jamais dans les arguments&#xa0;:
  x          le jeton d’accès, puis le jeton d’actualisation
  facebook   le jeton d’accès de la Page
  instagram  le jeton d’accès de la Page Facebook liée au compte Instagram
  linkedin   le jeton d’accès, puis le jeton d’actualisation s’il y en a un
Un canal manuel n’a pas de secret. Google+ a fermé en 2019 et ne peut pas être connecté.
</translation>
    </message>
    <message>
        <source>Connect an account. Secrets are read from standard input, one per line (X: the access token, then the refresh token; Facebook and Instagram: the Page access token; LinkedIn: the access token, then the refresh token if any), and kept only in the system keychain. A manual channel has no secret.</source>
        <translation>Connecter un compte. Les secrets sont lus sur l’entrée standard, un par ligne (X&#xa0;: le jeton d’accès, puis le jeton d’actualisation&#xa0;; Facebook et Instagram&#xa0;: le jeton d’accès de la Page&#xa0;; LinkedIn&#xa0;: le jeton d’accès, puis le jeton d’actualisation s’il y en a un), et conservés uniquement dans le trousseau du système. Un canal manuel n’a pas de secret.</translation>
    </message>
    <message>
        <source>mastodon, bluesky, x, facebook, instagram, linkedin or manual</source>
        <translation>mastodon, bluesky, x, facebook, instagram, linkedin ou manual</translation>
    </message>
    <message>
        <source>vigie account add: this build of Vigie cannot connect %1 accounts (it was built without them).</source>
        <translation>vigie account add&#xa0;: cette version de Vigie ne peut pas connecter de comptes %1 (elle a été compilée sans ce réseau).</translation>
    </message>
    <message>
        <source>vigie account add: unknown network &apos;%1&apos; (mastodon, bluesky, x, facebook, instagram, linkedin or manual).</source>
        <translation>vigie account add&#xa0;: réseau inconnu «&#xa0;%1&#xa0;» (mastodon, bluesky, x, facebook, instagram, linkedin ou manual).</translation>
    </message>
    <message>
        <source>--%1 is for %2 accounts, not %3.</source>
        <translation>--%1 s’applique aux comptes %2, pas aux comptes %3.</translation>
    </message>
    <message>
        <source>a manual channel has no API address: give its page with --url.</source>
        <translation>un canal manuel n’a pas d’adresse d’API&#xa0;: indiquez sa page avec --url.</translation>
    </message>
    <message>
        <source>X, Facebook, Instagram, LinkedIn: the API address (default: the network&apos;s own).</source>
        <translation>X, Facebook, Instagram, LinkedIn&#xa0;: l’adresse de l’API (par défaut&#xa0;: celle du réseau).</translation>
    </message>
    <message>
        <source>X: the OAuth 2.0 client (public, PKCE) that issued the tokens.</source>
        <translation>X&#xa0;: le client OAuth 2.0 (public, PKCE) qui a émis les jetons.</translation>
    </message>
    <message>
        <source>Facebook: the Page&apos;s id (default: the Page the token belongs to).</source>
        <translation>Facebook&#xa0;: l’identifiant de la Page (par défaut&#xa0;: la Page à laquelle appartient le jeton).</translation>
    </message>
    <message>
        <source>Instagram: the professional account&apos;s id (default: the one linked to the token&apos;s Page).</source>
        <translation>Instagram&#xa0;: l’identifiant du compte professionnel (par défaut&#xa0;: celui qui est lié à la Page du jeton).</translation>
    </message>
    <message>
        <source>LinkedIn: the organization page&apos;s number.</source>
        <translation>LinkedIn&#xa0;: le numéro de la page de l’organisation.</translation>
    </message>
    <message>
        <source>LinkedIn: when the access token expires (default: in 60 days).</source>
        <translation>LinkedIn&#xa0;: la date d’expiration du jeton d’accès (par défaut&#xa0;: dans 60 jours).</translation>
    </message>
    <message>
        <source>Manual channel: the community&apos;s name.</source>
        <translation>Canal manuel&#xa0;: le nom de la communauté.</translation>
    </message>
    <message>
        <source>Manual channel: the community&apos;s address.</source>
        <translation>Canal manuel&#xa0;: l’adresse de la communauté.</translation>
    </message>
    <message>
        <source>Google+ closed in 2019 (its APIs on 7 March, the service on 2 April): no Google+ account can be connected.</source>
        <translation>Google+ a fermé en 2019 (ses API le 7 mars, le service le 2 avril)&#xa0;: aucun compte Google+ ne peut être connecté.</translation>
    </message>
    <message>
        <source>give --client-id ID, the X app&apos;s OAuth 2.0 client id (needed to refresh the tokens).</source>
        <translation>indiquez --client-id ID, l’identifiant client OAuth 2.0 de l’application X (nécessaire pour actualiser les jetons).</translation>
    </message>
    <message>
        <source>standard input must hold two lines: the access token, then the refresh token.</source>
        <translation>l’entrée standard doit contenir deux lignes&#xa0;: le jeton d’accès, puis le jeton d’actualisation.</translation>
    </message>
    <message>
        <source>standard input must hold one line: the Page access token.</source>
        <translation>l’entrée standard doit contenir une ligne&#xa0;: le jeton d’accès de la Page.</translation>
    </message>
    <message>
        <source>give --organization ID, the organization page&apos;s number (as in urn:li:organization:2414183).</source>
        <translation>indiquez --organization ID, le numéro de la page de l’organisation (comme dans urn:li:organization:2414183).</translation>
    </message>
    <message>
        <source>standard input must hold the access token, and optionally the refresh token on a second line.</source>
        <translation>l’entrée standard doit contenir le jeton d’accès et, éventuellement, le jeton d’actualisation sur une deuxième ligne.</translation>
    </message>
    <message>
        <source>--expires-at takes a date such as 2027-01-25.</source>
        <translation>--expires-at attend une date telle que 2027-01-25.</translation>
    </message>
    <message>
        <source>that access token has already expired (--expires-at is in the past).</source>
        <translation>ce jeton d’accès a déjà expiré (--expires-at est dans le passé).</translation>
    </message>
    <message>
        <source>%1 accounts are not connected with tokens.</source>
        <translation>les comptes %1 ne se connectent pas avec des jetons.</translation>
    </message>
    <message>
        <source>give --name NAME, the community&apos;s name (for example Sermo).</source>
        <translation>indiquez --name NAME, le nom de la communauté (par exemple Sermo).</translation>
    </message>
    <message>
        <source>--url takes the community&apos;s web address, for example https://www.sermo.com.</source>
        <translation>--url attend l’adresse web de la communauté, par exemple https://www.sermo.com.</translation>
    </message>
    <message>
        <source>no brand named &apos;%1&apos; in this workspace.</source>
        <translation>aucune marque nommée «&#xa0;%1&#xa0;» dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Added the manual channel %1 as number %2: Vigie reminds you when a post is due, you publish it.</source>
        <translation>Canal manuel %1 ajouté sous le numéro %2&#xa0;: Vigie vous prévient quand une publication arrive à échéance, et vous la publiez.</translation>
    </message>
    <message>
        <source>Usage: vigie inbox sync [--account ID]
       vigie inbox list [--json] [--limit N]
       vigie inbox reply MESSAGE_ID --text TEXT
       vigie inbox search QUERY [--json] [--limit N]
       vigie inbox import FILE.csv --account ID [--json]
</source>
        <translation>Utilisation&#xa0;: vigie inbox sync [--account ID]
              vigie inbox list [--json] [--limit N]
              vigie inbox reply MESSAGE_ID --text TEXT
              vigie inbox search QUERY [--json] [--limit N]
              vigie inbox import FILE.csv --account ID [--json]
</translation>
    </message>
    <message>
        <source>vigie inbox: say sync, list, reply, search or import (see &apos;vigie inbox --help&apos;).</source>
        <translation>vigie inbox&#xa0;: indiquez sync, list, reply, search ou import (voir «&#xa0;vigie inbox --help&#xa0;»).</translation>
    </message>
    <message>
        <source>Import the comments of a community without an API into a manual channel&apos;s inbox, all or nothing. Columns: %1. Dates: 2026-03-14 09:30 or 14/03/2026 09:30 (workspace time) or ISO 8601 with offset. Each comment is screened for adverse events like any other message; importing a file again adds nothing twice.</source>
        <translation>Importer les commentaires d’une communauté sans API dans la boîte de réception d’un canal manuel, tout ou rien. Colonnes&#xa0;: %1. Dates&#xa0;: 2026-03-14 09:30 ou 14/03/2026 09:30 (heure de l’espace de travail) ou ISO 8601 avec décalage. Chaque commentaire est analysé pour repérer les effets indésirables, comme tout autre message&#xa0;; importer de nouveau un fichier n’ajoute jamais rien en double.</translation>
    </message>
    <message>
        <source>The manual channel the comments belong to.</source>
        <translation>Le canal manuel auquel appartiennent les commentaires.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n comment(s)</source>
        <translation>
            <numerusform>%n commentaire importé</numerusform>
            <numerusform>%n commentaires importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already in the inbox)</source>
        <translation>
            <numerusform> (%n déjà dans la boîte de réception)</numerusform>
            <numerusform> (%n déjà dans la boîte de réception)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged as possible adverse event(s).</source>
        <translation>
            <numerusform>%n signalé comme effet indésirable possible.</numerusform>
            <numerusform>%n signalés comme effets indésirables possibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each flagged comment opened a pending case: review them in the Adverse events pane.</source>
        <translation>Chaque commentaire signalé a ouvert un cas à examiner&#xa0;: retrouvez-les dans le volet Effets indésirables.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>joins two parts of the import summary</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>vigie::cli::ApproveCommand</name>
    <message>
        <source>record an MLR review of a post (approve or request changes)</source>
        <translation>enregistrer une relecture MLR d’une publication (approuver ou demander des modifications)</translation>
    </message>
    <message>
        <source>The post reviewed.</source>
        <translation>La publication relue.</translation>
    </message>
    <message>
        <source>The review: medical, legal or regulatory.</source>
        <translation>La relecture&#xa0;: medical, legal ou regulatory.</translation>
    </message>
    <message>
        <source>Who reviews (must not be the post&apos;s author).</source>
        <translation>Qui effectue la relecture (ne doit pas être l’auteur de la publication).</translation>
    </message>
    <message>
        <source>The MLR reference code of the approval.</source>
        <translation>Le code de référence MLR de l’approbation.</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD, valid through that day) or time after which the post may not publish.</source>
        <translation>Date (AAAA-MM-JJ, valable jusqu’à la fin de ce jour) ou heure après laquelle la publication ne peut plus être publiée.</translation>
    </message>
    <message>
        <source>Send the post back to its author instead.</source>
        <translation>Renvoyer plutôt la publication à son auteur.</translation>
    </message>
    <message>
        <source>A note for the author.</source>
        <translation>Une note pour l’auteur.</translation>
    </message>
    <message>
        <source>vigie approve: give the id of one post (see vigie posts list).</source>
        <translation>vigie approve&#xa0;: indiquez l’identifiant d’une publication (voir vigie posts list).</translation>
    </message>
    <message>
        <source>vigie approve: --role must be medical, legal or regulatory.</source>
        <translation>vigie approve&#xa0;: --role doit valoir medical, legal ou regulatory.</translation>
    </message>
    <message>
        <source>vigie approve: say who reviews with --as NAME.</source>
        <translation>vigie approve&#xa0;: indiquez qui effectue la relecture avec --as NAME.</translation>
    </message>
    <message>
        <source>vigie approve: --expires takes a date such as 2026-12-31.</source>
        <translation>vigie approve&#xa0;: --expires attend une date, par exemple 2026-12-31.</translation>
    </message>
    <message>
        <source>Post %1: %2 review recorded. It is now %3.</source>
        <translation>Publication %1&#xa0;: relecture %2 enregistrée. Elle est désormais à l’état «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>Relectures manquantes&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>vigie::cli::ListeningCommand</name>
    <message>
        <source>manage listening queries and feeds</source>
        <translation>gérer les requêtes d’écoute et les flux</translation>
    </message>
    <message>
        <source>Usage: vigie listening queries [--json]
       vigie listening add-query --brand NAME --name NAME [--keywords a,b] [--hashtags x,y] [--exclude a,b] [--no-products] [--networks mastodon,bluesky] [--disabled]
       vigie listening remove-query ID
       vigie listening feeds [--json]
       vigie listening add-feed URL [--title TITLE] [--disabled]
       vigie listening remove-feed ID
Every subcommand takes --db PATH.
</source>
        <translation>Utilisation&#xa0;: vigie listening queries [--json]
              vigie listening add-query --brand NAME --name NAME [--keywords a,b] [--hashtags x,y] [--exclude a,b] [--no-products] [--networks mastodon,bluesky] [--disabled]
              vigie listening remove-query ID
              vigie listening feeds [--json]
              vigie listening add-feed URL [--title TITLE] [--disabled]
              vigie listening remove-feed ID
Chaque sous-commande accepte --db PATH.
</translation>
    </message>
    <message>
        <source>vigie listening: say queries, add-query, remove-query, feeds, add-feed or remove-feed (see &apos;vigie listening --help&apos;).</source>
        <translation>vigie listening&#xa0;: indiquez queries, add-query, remove-query, feeds, add-feed ou remove-feed (voir «&#xa0;vigie listening --help&#xa0;»).</translation>
    </message>
    <message>
        <source>List the listening queries of every brand.</source>
        <translation>Lister les requêtes d’écoute de toutes les marques.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>No listening query yet: add one with &apos;vigie listening add-query&apos;.</source>
        <translation>Aucune requête d’écoute pour l’instant&#xa0;: ajoutez-en une avec «&#xa0;vigie listening add-query&#xa0;».</translation>
    </message>
    <message>
        <source>+products</source>
        <translation>+produits</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(en pause)</translation>
    </message>
    <message>
        <source>Add a listening query to a brand (own or competitor). Lists are comma-separated.</source>
        <translation>Ajouter une requête d’écoute à une marque (la vôtre ou un concurrent). Les listes sont séparées par des virgules.</translation>
    </message>
    <message>
        <source>The brand&apos;s name.</source>
        <translation>Nom de la marque.</translation>
    </message>
    <message>
        <source>The query&apos;s name.</source>
        <translation>Nom de la requête.</translation>
    </message>
    <message>
        <source>Words or phrases to find.</source>
        <translation>Mots ou expressions à rechercher.</translation>
    </message>
    <message>
        <source>Hashtags to follow, without #.</source>
        <translation>Hashtags à suivre, sans #.</translation>
    </message>
    <message>
        <source>A post with one of these is left out.</source>
        <translation>Une publication qui contient l’un de ces termes est écartée.</translation>
    </message>
    <message>
        <source>Do not also look for the brand&apos;s products (names, aliases, INN).</source>
        <translation>Ne pas rechercher aussi les produits de la marque (noms, alias, DCI).</translation>
    </message>
    <message>
        <source>Networks to search (default: mastodon,bluesky).</source>
        <translation>Réseaux à interroger (par défaut&#xa0;: mastodon,bluesky).</translation>
    </message>
    <message>
        <source>Add it switched off.</source>
        <translation>L’ajouter en pause.</translation>
    </message>
    <message>
        <source>give --brand NAME and --name NAME.</source>
        <translation>indiquez --brand NAME et --name NAME.</translation>
    </message>
    <message>
        <source>“%1” is not a network listening can search (say mastodon or bluesky).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un réseau que l’écoute peut interroger (indiquez mastodon ou bluesky).</translation>
    </message>
    <message>
        <source>there is no brand “%1” (the brands are: %2).</source>
        <translation>il n’y a pas de marque «&#xa0;%1&#xa0;» (les marques sont&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Query %1 “%2” added to %3.</source>
        <translation>Requête %1 «&#xa0;%2&#xa0;» ajoutée à %3.</translation>
    </message>
    <message>
        <source>Remove a listening query; mentions already collected stay.</source>
        <translation>Supprimer une requête d’écoute&#xa0;; les mentions déjà collectées sont conservées.</translation>
    </message>
    <message>
        <source>The query&apos;s number (see &apos;vigie listening queries&apos;).</source>
        <translation>Numéro de la requête (voir «&#xa0;vigie listening queries&#xa0;»).</translation>
    </message>
    <message>
        <source>give the query&apos;s number.</source>
        <translation>indiquez le numéro de la requête.</translation>
    </message>
    <message>
        <source>there is no query %1 (see &apos;vigie listening queries&apos;).</source>
        <translation>il n’y a pas de requête %1 (voir «&#xa0;vigie listening queries&#xa0;»).</translation>
    </message>
    <message>
        <source>Query %1 “%2” removed.</source>
        <translation>Requête %1 «&#xa0;%2&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>List the RSS/Atom feeds listening reads, with their last error.</source>
        <translation>Lister les flux RSS/Atom lus par l’écoute, avec leur dernière erreur.</translation>
    </message>
    <message>
        <source>No feed yet: add one with &apos;vigie listening add-feed URL&apos;.</source>
        <translation>Aucun flux pour l’instant&#xa0;: ajoutez-en un avec «&#xa0;vigie listening add-feed URL&#xa0;».</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>lu le %1</translation>
    </message>
    <message>
        <source>never read</source>
        <translation>jamais lu</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add an RSS or Atom feed to read for every query.</source>
        <translation>Ajouter un flux RSS ou Atom à lire pour chaque requête.</translation>
    </message>
    <message>
        <source>The feed&apos;s address (http:// or https://).</source>
        <translation>Adresse du flux (http:// ou https://).</translation>
    </message>
    <message>
        <source>A title until the feed gives its own.</source>
        <translation>Titre utilisé tant que le flux n’a pas fourni le sien.</translation>
    </message>
    <message>
        <source>give the feed&apos;s address.</source>
        <translation>indiquez l’adresse du flux.</translation>
    </message>
    <message>
        <source>Feed %1 added: %2</source>
        <translation>Flux %1 ajouté&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remove a feed; mentions already collected from it stay.</source>
        <translation>Supprimer un flux&#xa0;; les mentions déjà collectées depuis ce flux sont conservées.</translation>
    </message>
    <message>
        <source>The feed&apos;s number (see &apos;vigie listening feeds&apos;).</source>
        <translation>Numéro du flux (voir «&#xa0;vigie listening feeds&#xa0;»).</translation>
    </message>
    <message>
        <source>give the feed&apos;s number.</source>
        <translation>indiquez le numéro du flux.</translation>
    </message>
    <message>
        <source>there is no feed %1 (see &apos;vigie listening feeds&apos;).</source>
        <translation>il n’y a pas de flux %1 (voir «&#xa0;vigie listening feeds&#xa0;»).</translation>
    </message>
    <message>
        <source>Feed %1 “%2” removed.</source>
        <translation>Flux %1 «&#xa0;%2&#xa0;» supprimé.</translation>
    </message>
</context>
<context>
    <name>vigie::cli::ManualCommand</name>
    <message>
        <source>list the posts to publish by hand in communities without an API, mark them published</source>
        <translation>lister les publications à publier manuellement dans les communautés sans API, et les marquer comme publiées</translation>
    </message>
    <message>
        <source>Usage: vigie manual due [--json]
       vigie manual published VARIANT_ID --url URL
</source>
        <translation>Utilisation&#xa0;: vigie manual due [--json]
              vigie manual published VARIANT_ID --url URL
</translation>
    </message>
    <message>
        <source>vigie manual: say due or published (see &apos;vigie manual --help&apos;).</source>
        <translation>vigie manual&#xa0;: indiquez due ou published (voir «&#xa0;vigie manual --help&#xa0;»).</translation>
    </message>
    <message>
        <source>List the posts of manual channels whose time has come and that nobody marked published: post each one in its community, then run &apos;vigie manual published&apos;.</source>
        <translation>Afficher les publications des canaux manuels arrivées à échéance que personne n’a marquées comme publiées&#xa0;: publiez chacune dans sa communauté, puis lancez «&#xa0;vigie manual published&#xa0;».</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;.</source>
        <translation>%1&#xa0;: argument inattendu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No post to publish by hand right now.</source>
        <translation>Aucune publication à publier manuellement pour le moment.</translation>
    </message>
    <message>
        <source>may not be published: %1</source>
        <translation>ne doit pas être publiée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) to publish by hand; then: vigie manual published VARIANT_ID --url URL</source>
        <translation>
            <numerusform>%n publication à publier manuellement&#xa0;; ensuite&#xa0;: vigie manual published VARIANT_ID --url URL</numerusform>
            <numerusform>%n publications à publier manuellement&#xa0;; ensuite&#xa0;: vigie manual published VARIANT_ID --url URL</numerusform>
        </translation>
    </message>
    <message>
        <source>Record that a post of a manual channel is online, with the address of the published post.</source>
        <translation>Enregistrer qu’une publication d’un canal manuel est en ligne, avec l’adresse de la publication mise en ligne.</translation>
    </message>
    <message>
        <source>The number &apos;vigie manual due&apos; shows in its first column.</source>
        <translation>Le numéro affiché par «&#xa0;vigie manual due&#xa0;» dans sa première colonne.</translation>
    </message>
    <message>
        <source>The published post&apos;s address (https://…).</source>
        <translation>L’adresse de la publication mise en ligne (https://…).</translation>
    </message>
    <message>
        <source>%1: give the post&apos;s number (see &apos;vigie manual due&apos;) and --url URL.</source>
        <translation>%1&#xa0;: indiquez le numéro de la publication (voir «&#xa0;vigie manual due&#xa0;») et --url URL.</translation>
    </message>
    <message>
        <source>Marked published on %1: %2</source>
        <translation>Marquée comme publiée sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vigie::cli::PostCommand</name>
    <message>
        <source>publish a post on one account now, or schedule it with --at</source>
        <translation>publier une publication sur un compte maintenant, ou la programmer avec --at</translation>
    </message>
    <message>
        <source>vigie post: --at takes an ISO 8601 time such as 2026-12-01T09:00 (workspace time) or 2026-12-01T08:00Z.</source>
        <translation>vigie post&#xa0;: --at attend une heure ISO 8601, par exemple 2026-12-01T09:00 (heure de l’espace de travail) ou 2026-12-01T08:00Z.</translation>
    </message>
    <message>
        <source>vigie post: %1 has already passed; leave out --at to publish now.</source>
        <translation>vigie post&#xa0;: %1 est déjà passé&#xa0;; omettez --at pour publier maintenant.</translation>
    </message>
    <message>
        <source>There is no account %1 (see vigie account list).</source>
        <translation>Le compte %1 n’existe pas (voir vigie account list).</translation>
    </message>
    <message>
        <source>Post %1 is in review for %2 (%3): it needs the %4 review before it can publish.</source>
        <translation>La publication %1, prévue le %2 (%3), est en relecture&#xa0;: elle doit recevoir la relecture %4 avant de pouvoir être publiée.</translation>
    </message>
    <message>
        <source>Post %1 is scheduled for %2 (%3).</source>
        <translation>La publication %1 est programmée le %2 (%3).</translation>
    </message>
    <message>
        <source>Schedule instead of publishing now: an ISO 8601 time (workspace time unless it has an offset). A brand that requires reviews gets the post in review.</source>
        <translation>Programmer au lieu de publier maintenant&#xa0;: une heure ISO 8601 (heure de l’espace de travail, sauf si elle comporte un décalage). Si la marque exige des relectures, la publication passe en relecture.</translation>
    </message>
    <message>
        <source>vigie post: --reply-to publishes now; it cannot be scheduled with --at.</source>
        <translation>vigie post&#xa0;: --reply-to publie immédiatement&#xa0;; il ne peut pas être combiné avec --at.</translation>
    </message>
    <message>
        <source>This account&apos;s brand requires the %1 review: schedule the post with --at so it can be approved first.</source>
        <translation>La marque de ce compte exige la relecture %1&#xa0;: programmez la publication avec --at pour qu’elle puisse d’abord être approuvée.</translation>
    </message>
</context>
<context>
    <name>vigie::demo</name>
    <message>
        <source>The demo needs an open database.</source>
        <translation>La démo nécessite une base de données ouverte.</translation>
    </message>
    <message>
        <source>This database already holds a workspace; the demo is written into an empty one.</source>
        <translation>Cette base de données contient déjà un espace de travail&#xa0;; la démo ne s’écrit que dans une base vide.</translation>
    </message>
    <message>
        <source>%1 already exists; the demo is written to a new file.</source>
        <translation>%1 existe déjà&#xa0;; la démo ne s’écrit que dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>Cannot move the generated demo to %1.</source>
        <translation>Impossible de déplacer la démo générée vers %1.</translation>
    </message>
    <message>
        <source>%1 holds a workspace that is not a demo; it was left unchanged. Choose another file for the demo.</source>
        <translation>%1 contient un espace de travail qui n’est pas une démo&#xa0;; il n’a pas été modifié. Choisissez un autre fichier pour la démo.</translation>
    </message>
    <message>
        <source>A generated conversation was not stored.</source>
        <translation>Une conversation générée n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Some generated mentions were not stored (duplicate ids).</source>
        <translation>Certaines mentions générées n’ont pas été enregistrées (identifiants en double).</translation>
    </message>
</context>
<context>
    <name>vigie::feeds</name>
    <message>
        <source>This address gives a web page (&lt;html&gt; at line %1), not an RSS or Atom feed: look on the site for its feed link.</source>
        <translation>Cette adresse renvoie une page web (&lt;html&gt; à la ligne %1), pas un flux RSS ou Atom&#xa0;: cherchez le lien du flux sur le site.</translation>
    </message>
    <message>
        <source>This document is not an RSS or Atom feed: it starts with &lt;%1&gt; at line %2.</source>
        <translation>Ce document n’est pas un flux RSS ou Atom&#xa0;: il commence par &lt;%1&gt; à la ligne %2.</translation>
    </message>
    <message>
        <source>The feed is not valid XML at line %1, column %2: %3.</source>
        <translation>Le flux n’est pas un XML valide à la ligne %1, colonne %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The server sent an empty document instead of a feed.</source>
        <translation>Le serveur a envoyé un document vide au lieu d’un flux.</translation>
    </message>
</context>
<context>
    <name>vigie::platforms::facebook::FacebookAdapter</name>
    <message>
        <source>Facebook&apos;s answer could not be read</source>
        <translation>la réponse de Facebook était illisible</translation>
    </message>
    <message>
        <source>Facebook&apos;s answer did not name the Page</source>
        <translation>la réponse de Facebook n’indiquait pas la Page</translation>
    </message>
    <message>
        <source>This access token belongs to %1 (%2), not to the Page %3: use the Page access token of that Page.</source>
        <translation>Ce jeton d’accès appartient à %1 (%2), et non à la Page %3&#xa0;: utilisez le jeton d’accès de cette Page.</translation>
    </message>
    <message>
        <source>Facebook did not hide the comment</source>
        <translation>Facebook n’a pas masqué le commentaire</translation>
    </message>
    <message>
        <source>Facebook finds no comment with this id: it was deleted already, or the Page cannot see it.</source>
        <translation>Facebook ne trouve aucun commentaire avec cet identifiant&#xa0;: il a déjà été supprimé, ou la Page ne peut pas le voir.</translation>
    </message>
    <message>
        <source>Facebook did not delete the comment</source>
        <translation>Facebook n’a pas supprimé le commentaire</translation>
    </message>
    <message>
        <source>The Facebook Page&apos;s id is unknown: connect the Page again.</source>
        <translation>L’identifiant de la Page Facebook est inconnu&#xa0;: connectez de nouveau la Page.</translation>
    </message>
    <message>
        <source>the sync stopped before its end</source>
        <translation>la synchronisation s’est arrêtée avant la fin</translation>
    </message>
    <message>
        <source>Facebook has no comment with this id under its post any more.</source>
        <translation>Facebook n’a plus de commentaire avec cet identifiant sous sa publication.</translation>
    </message>
    <message>
        <source>Facebook Pages cannot publish polls through the Graph API.</source>
        <translation>Les Pages Facebook ne peuvent pas publier de sondages via la Graph API.</translation>
    </message>
    <message>
        <source>There is nothing to publish.</source>
        <translation>Il n’y a rien à publier.</translation>
    </message>
    <message>
        <source>Facebook&apos;s answer to the photo upload could not be read</source>
        <translation>la réponse de Facebook à l’envoi de la photo était illisible</translation>
    </message>
    <message>
        <source>Vigie sends comments on Facebook as text only.</source>
        <translation>Vigie envoie les commentaires sur Facebook sous forme de texte uniquement.</translation>
    </message>
    <message>
        <source>Vigie cannot recognise a Facebook post without text: check the Page before publishing again.</source>
        <translation>Vigie ne peut pas reconnaître une publication Facebook sans texte&#xa0;: vérifiez la Page avant de publier de nouveau.</translation>
    </message>
    <message>
        <source>Facebook schedules a post at least 10 minutes ahead.</source>
        <translation>Facebook programme une publication au moins 10 minutes à l’avance.</translation>
    </message>
    <message>
        <source>Facebook schedules a post at most 30 days ahead.</source>
        <translation>Facebook programme une publication au plus 30 jours à l’avance.</translation>
    </message>
    <message>
        <source>Facebook cannot schedule a comment.</source>
        <translation>Facebook ne peut pas programmer un commentaire.</translation>
    </message>
    <message>
        <source>Facebook did not move the post</source>
        <translation>Facebook n’a pas déplacé la publication</translation>
    </message>
    <message>
        <source>Vigie publishes photos on Facebook Pages (JPEG, PNG, GIF, BMP, TIFF), not %1 files.</source>
        <translation>Vigie publie des photos sur les Pages Facebook (JPEG, PNG, GIF, BMP, TIFF), pas des fichiers %1.</translation>
    </message>
</context>
<context>
    <name>vigie::platforms::facebook::GraphText</name>
    <message>
        <source>Facebook refused for lack of a permission: the Page access token needs %1. Reconnect the Page and grant it.</source>
        <translation>Facebook a refusé la demande faute d’autorisation&#xa0;: le jeton d’accès de la Page nécessite %1. Reconnectez la Page et accordez cette autorisation.</translation>
    </message>
    <message>
        <source>Facebook reported %1 % of the Page&apos;s call quota used; Vigie waits before calling again.</source>
        <translation>Facebook indique que %1&#xa0;% du quota d’appels de la Page est utilisé&#xa0;; Vigie attend avant de relancer un appel.</translation>
    </message>
    <message>
        <source>Facebook asked Vigie to slow down.</source>
        <translation>Facebook a demandé à Vigie de ralentir.</translation>
    </message>
</context>
<context>
    <name>vigie::platforms::instagram::InstagramAdapter</name>
    <message>
        <source>Instagram&apos;s answer could not be read.</source>
        <translation>La réponse d’Instagram est illisible.</translation>
    </message>
    <message>
        <source>The Facebook Page “%1” has no Instagram professional account linked to it.</source>
        <translation>Aucun compte professionnel Instagram n’est lié à la Page Facebook «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Instagram&apos;s answer did not name the account.</source>
        <translation>La réponse d’Instagram n’indiquait pas le compte.</translation>
    </message>
    <message>
        <source>A comment needs text.</source>
        <translation>Un commentaire doit contenir du texte.</translation>
    </message>
    <message>
        <source>Instagram accepts at most %1 characters.</source>
        <translation>Instagram accepte au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>Instagram did not confirm that the comment is hidden.</source>
        <translation>Instagram n’a pas confirmé que le commentaire est masqué.</translation>
    </message>
    <message>
        <source>Instagram did not confirm that the comment is deleted.</source>
        <translation>Instagram n’a pas confirmé que le commentaire est supprimé.</translation>
    </message>
    <message>
        <source>The sync stopped before its end.</source>
        <translation>La synchronisation s’est arrêtée avant la fin.</translation>
    </message>
    <message>
        <source>Instagram needs at least one image or video; it does not publish text alone.</source>
        <translation>Instagram exige au moins une image ou une vidéo&#xa0;; il ne publie pas de texte seul.</translation>
    </message>
    <message>
        <source>Instagram takes at most %1 images or videos in one post.</source>
        <translation>Instagram accepte au maximum %1 images ou vidéos par publication.</translation>
    </message>
    <message>
        <source>Instagram has no polls.</source>
        <translation>Instagram ne propose pas de sondages.</translation>
    </message>
    <message>
        <source>Instagram accepts at most %1 characters; this caption has %2.</source>
        <translation>Instagram accepte au maximum %1 caractères&#xa0;; cette légende en compte %2.</translation>
    </message>
    <message>
        <source>Instagram accepts at most %1 hashtags; this caption has %2.</source>
        <translation>Instagram accepte au maximum %1 hashtags&#xa0;; cette légende en compte %2.</translation>
    </message>
    <message>
        <source>Instagram accepts at most %1 @mentions; this caption has %2.</source>
        <translation>Instagram accepte au maximum %1 @mentions&#xa0;; cette légende en compte %2.</translation>
    </message>
    <message>
        <source>Instagram takes JPEG images and MP4 or MOV videos, not %1 (%2).</source>
        <translation>Instagram accepte les images JPEG et les vidéos MP4 ou MOV, pas %1 (%2).</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Impossible de lire le fichier %1.</translation>
    </message>
    <message>
        <source>%1 is larger than Instagram accepts (%2 MB).</source>
        <translation>%1 dépasse la taille acceptée par Instagram (%2&#xa0;Mo).</translation>
    </message>
    <message>
        <source>The account has published %1 posts through the API in the last 24 hours, Instagram&apos;s limit; Vigie will try again later.</source>
        <translation>Le compte a publié %1 publications via l’API au cours des dernières 24 heures, soit la limite d’Instagram&#xa0;; Vigie réessaiera plus tard.</translation>
    </message>
    <message>
        <source>Facebook did not say which Page the token belongs to.</source>
        <translation>Facebook n’a pas indiqué à quelle Page appartient le jeton.</translation>
    </message>
    <message>
        <source>Facebook&apos;s answer to the media upload could not be read.</source>
        <translation>La réponse de Facebook à l’envoi du média est illisible.</translation>
    </message>
    <message>
        <source>Facebook has not finished processing the media; try again later.</source>
        <translation>Facebook n’a pas fini de traiter le média&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Instagram&apos;s answer to the media container could not be read.</source>
        <translation>La réponse d’Instagram concernant le conteneur de média est illisible.</translation>
    </message>
    <message>
        <source>Instagram could not process the media: %1</source>
        <translation>Instagram n’a pas pu traiter le média&#xa0;: %1</translation>
    </message>
    <message>
        <source>Instagram&apos;s media container expired before it was published.</source>
        <translation>Le conteneur de média Instagram a expiré avant d’être publié.</translation>
    </message>
    <message>
        <source>This media container was already published.</source>
        <translation>Ce conteneur de média a déjà été publié.</translation>
    </message>
    <message>
        <source>Instagram is still processing the media; Vigie will try again later.</source>
        <translation>Instagram traite encore le média&#xa0;; Vigie réessaiera plus tard.</translation>
    </message>
    <message>
        <source>Instagram&apos;s answer to the publication could not be read.</source>
        <translation>La réponse d’Instagram à la publication est illisible.</translation>
    </message>
</context>
<context>
    <name>vigie::platforms::instagram::InstagramGraph</name>
    <message>
        <source>Instagram refused: the connection lacks the permission %1. Reconnect the account and grant it.</source>
        <translation>Instagram a refusé la demande&#xa0;: la connexion ne dispose pas de l’autorisation %1. Reconnectez le compte et accordez cette autorisation.</translation>
    </message>
    <message>
        <source>Meta&apos;s request limit for this account is almost used up; Vigie waits before asking again.</source>
        <translation>La limite de requêtes de Meta pour ce compte est presque atteinte&#xa0;; Vigie attend avant de relancer une requête.</translation>
    </message>
</context>
<context>
    <name>vigie::platforms::mastodon::MastodonAuthorization</name>
    <message>
        <source>Vigie could not open a local port to receive the server&apos;s answer.</source>
        <translation>Vigie n’a pas pu ouvrir de port local pour recevoir la réponse du serveur.</translation>
    </message>
    <message>
        <source>Vigie received the authorization. You can close this page.</source>
        <translation>Vigie a bien reçu l’autorisation. Vous pouvez fermer cette page.</translation>
    </message>
    <message>
        <source>The server could not be reached (%1). Check the address and the connection.</source>
        <translation>Impossible de joindre le serveur (%1). Vérifiez l’adresse et la connexion.</translation>
    </message>
    <message>
        <source>The server refused to register Vigie (HTTP %1). Is this a Mastodon server?</source>
        <translation>Le serveur a refusé d’enregistrer Vigie (HTTP %1). S’agit-il bien d’une instance Mastodon&#xa0;?</translation>
    </message>
    <message>
        <source>The server refused to register Vigie: %1</source>
        <translation>Le serveur a refusé d’enregistrer Vigie&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not grant access: %1</source>
        <translation>Le serveur n’a pas accordé l’accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server could not be reached to finish the sign-in (%1).</source>
        <translation>Impossible de joindre le serveur pour terminer la connexion (%1).</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Le serveur a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer held no access token.</source>
        <translation>La réponse du serveur ne contenait pas de jeton d’accès.</translation>
    </message>
</context>
<context>
    <name>vigie::platforms::x::XAuthorization</name>
    <message>
        <source>Enter the OAuth 2.0 client ID of your X app first.</source>
        <translation>Saisissez d’abord l’identifiant client OAuth 2.0 de votre application X.</translation>
    </message>
    <message>
        <source>Vigie could not open the local port %1 to receive X&apos;s answer. Is another sign-in still open?</source>
        <translation>Vigie n’a pas pu ouvrir le port local %1 pour recevoir la réponse de X. Une autre connexion est-elle encore en cours&#xa0;?</translation>
    </message>
    <message>
        <source>Vigie received the authorization. You can close this page.</source>
        <translation>Vigie a bien reçu l’autorisation. Vous pouvez fermer cette page.</translation>
    </message>
    <message>
        <source>Access was denied on X; the account was not connected.</source>
        <translation>L’accès a été refusé sur X&#xa0;; le compte n’a pas été connecté.</translation>
    </message>
    <message>
        <source>X did not grant access: %1</source>
        <translation>X n’a pas accordé l’accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>X&apos;s answer held no authorization code.</source>
        <translation>La réponse de X ne contenait pas de code d’autorisation.</translation>
    </message>
    <message>
        <source>X could not be reached to finish the sign-in (%1).</source>
        <translation>Impossible de joindre X pour terminer la connexion (%1).</translation>
    </message>
    <message>
        <source>X refused the sign-in: %1</source>
        <translation>X a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>X&apos;s answer held no access token.</source>
        <translation>La réponse de X ne contenait pas de jeton d’accès.</translation>
    </message>
</context>
<context>
    <name>vigie::ui</name>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Préparation de l’espace de démonstration…</translation>
    </message>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <source>--lang takes fr or en.</source>
        <translation>--lang accepte fr ou en.</translation>
    </message>
    <message>
        <source>Try &apos;vigie --help&apos;.</source>
        <translation>Essayez «&#xa0;vigie --help&#xa0;».</translation>
    </message>
    <message>
        <source>My workspace</source>
        <translation>Mon espace de travail</translation>
    </message>
    <message>
        <source>Vigie cannot start</source>
        <translation>Impossible de démarrer Vigie</translation>
    </message>
</context>
<context>
    <name>vigie::ui::AccountConnector</name>
    <message>
        <source>No system keychain is available. Vigie keeps account passwords and tokens only there, so nothing was saved: start GNOME Keyring or KWallet, then connect the account again.</source>
        <translation>Aucun trousseau du système n’est disponible. Vigie conserve les mots de passe et jetons des comptes uniquement à cet endroit&#xa0;: rien n’a donc été enregistré. Lancez GNOME Keyring ou KWallet, puis connectez de nouveau le compte.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Ce compte n’existe plus.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Rien n’a été enregistré. %1</translation>
    </message>
</context>
<context>
    <name>vigie::ui::AccountJob</name>
    <message>
        <source>This account no longer exists.</source>
        <translation>Ce compte n’existe plus.</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Aucun trousseau du système n’est disponible.</translation>
    </message>
    <message>
        <source>Vigie cannot talk to %1 yet.</source>
        <translation>Vigie ne peut pas encore communiquer avec %1.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::AccountListModel</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Needs reconnect</source>
        <translation>À reconnecter</translation>
    </message>
    <message>
        <source>Rate limited until %1</source>
        <translation>Limité par le réseau jusqu’à %1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>The network no longer accepts this account&apos;s sign-in. Select it and choose Reconnect.</source>
        <translation>Le réseau n’accepte plus les identifiants de connexion de ce compte. Sélectionnez-le, puis choisissez Reconnecter.</translation>
    </message>
    <message>
        <source>The network asked Vigie to slow down. Publishing and syncing on this account resume by themselves after that time.</source>
        <translation>Le réseau limite temporairement le débit. La publication et la synchronisation de ce compte reprendront d’elles-mêmes après cette heure.</translation>
    </message>
    <message>
        <source>Vigie no longer works with this account. Reconnect it, or remove it.</source>
        <translation>Vigie ne fonctionne plus avec ce compte. Reconnectez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No brand</source>
        <translation>Aucune marque</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>vigie::ui::AccountNotice</name>
    <message>
        <source>Manual — you publish, Vigie reminds you</source>
        <translation>Manuel — vous publiez, Vigie vous le rappelle</translation>
    </message>
    <message>
        <source>%1 has no API Vigie can publish through: when a post is due, Vigie reminds you, copies its text and opens its images; you publish it and mark it published.</source>
        <translation>%1 n’a pas d’API par laquelle Vigie puisse publier&#xa0;: quand une publication arrive à échéance, Vigie vous prévient, copie son texte et ouvre ses images&#xa0;; vous la publiez, puis la marquez comme publiée.</translation>
    </message>
    <message>
        <source>Connected — token valid until %1</source>
        <translation>Connecté — jeton valable jusqu’au %1</translation>
    </message>
    <message>
        <source>Token expired on %1 — reconnect</source>
        <translation>Jeton expiré le %1 — reconnectez le compte</translation>
    </message>
    <message>
        <source>Expires today — reconnect now</source>
        <translation>Expire aujourd’hui — reconnectez le compte maintenant</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s) — reconnect before %1</source>
        <translation>
            <numerusform>Expire dans %n jour — reconnectez le compte avant le %1</numerusform>
            <numerusform>Expire dans %n jours — reconnectez le compte avant le %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::AccountsDialog</name>
    <message>
        <source>Accounts — %1</source>
        <translation>Comptes — %1</translation>
    </message>
    <message>
        <source>No system keychain is available. Vigie keeps account passwords and tokens only there, so no account can be connected or used until GNOME Keyring or KWallet runs.</source>
        <translation>Aucun trousseau du système n’est disponible. Vigie conserve les mots de passe et jetons des comptes uniquement à cet endroit&#xa0;: aucun compte ne peut être connecté ni utilisé tant que GNOME Keyring ou KWallet n’est pas lancé.</translation>
    </message>
    <message>
        <source>No account is connected yet. Connect one to publish from Vigie and to bring its mentions and replies into the inbox.</source>
        <translation>Aucun compte n’est encore connecté. Connectez-en un pour publier depuis Vigie et réunir ses mentions et réponses dans la boîte de réception.</translation>
    </message>
    <message>
        <source>Connect account…</source>
        <translation>Connecter un compte…</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Reconnecter…</translation>
    </message>
    <message>
        <source>Sign in again, for an account whose sign-in the network no longer accepts</source>
        <translation>Se reconnecter, pour un compte dont le réseau n’accepte plus les identifiants de connexion</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 on %2 is connected.</source>
        <translation>%1 sur %2 est connecté.</translation>
    </message>
    <message>
        <source>%1 is connected again.</source>
        <translation>%1 est de nouveau connecté.</translation>
    </message>
    <message>
        <source>%1 was not removed: no system keychain is available to delete its sign-in from.</source>
        <translation>%1 n’a pas été supprimé&#xa0;: aucun trousseau du système n’est disponible pour en effacer les identifiants de connexion.</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 n’a pas été supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 on %2 was removed from Vigie, with its inbox.</source>
        <translation>%1 sur %2 a été supprimé de Vigie, avec sa boîte de réception.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove %1 on %2 from Vigie?</source>
        <translation>Supprimer %1 sur %2 de Vigie&#xa0;?</translation>
    </message>
    <message>
        <source>The conversations and messages of this account in the inbox are deleted with it, and its sign-in is removed from the system keychain. The account itself and what it published stay on %1.</source>
        <translation>Les conversations et messages de ce compte dans la boîte de réception seront supprimés avec lui, et ses identifiants de connexion seront effacés du trousseau du système. Le compte lui-même et ses publications restent sur %1.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The manual channel %1 is added: Vigie reminds you when its posts are due.</source>
        <translation>Le canal manuel %1 a été ajouté&#xa0;: Vigie vous préviendra quand ses publications arriveront à échéance.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::AdverseChart</name>
    <message>
        <source>Possible adverse events mentioned</source>
        <translation>Effets indésirables possibles mentionnés</translation>
    </message>
    <message>
        <source>No mention described a possible adverse event in this period.</source>
        <translation>Aucune mention ne décrit d’effet indésirable possible sur cette période.</translation>
    </message>
    <message>
        <source>%1 (competitor)</source>
        <translation>%1 (concurrent)</translation>
    </message>
</context>
<context>
    <name>vigie::ui::AlertSettingsPage</name>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Sur demande uniquement</translation>
    </message>
    <message>
        <source>Raise crisis alerts</source>
        <translation>Déclencher des alertes de crise</translation>
    </message>
    <message>
        <source> deviations</source>
        <translation>&#xa0;écarts-types</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source> days</source>
        <translation>&#xa0;jours</translation>
    </message>
    <message>
        <source>Collect every:</source>
        <translation>Collecte toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>How often new mentions are fetched from the networks and feeds while Vigie is open.</source>
        <translation>Fréquence à laquelle les nouvelles mentions sont récupérées sur les réseaux et dans les flux tant que Vigie est ouvert.</translation>
    </message>
    <message>
        <source>A banner and a notification name the brand and the words behind a spike.</source>
        <translation>Un bandeau et une notification indiquent la marque et les termes à l’origine d’un pic.</translation>
    </message>
    <message>
        <source>Volume alert above:</source>
        <translation>Seuil d’alerte volume&#xa0;:</translation>
    </message>
    <message>
        <source>How far a day&apos;s mentions must rise above the brand&apos;s usual level (higher: fewer alerts).</source>
        <translation>De combien les mentions d’une journée doivent dépasser le niveau habituel de la marque (plus haut&#xa0;: moins d’alertes).</translation>
    </message>
    <message>
        <source>Negative alert above:</source>
        <translation>Seuil d’alerte négatif&#xa0;:</translation>
    </message>
    <message>
        <source>How far the share of negative mentions must rise above its usual level.</source>
        <translation>De combien la part de mentions négatives doit dépasser son niveau habituel.</translation>
    </message>
    <message>
        <source>At least:</source>
        <translation>Au minimum&#xa0;:</translation>
    </message>
    <message>
        <source>A day with fewer mentions never raises an alert, however unusual.</source>
        <translation>Une journée avec moins de mentions ne déclenche jamais d’alerte, aussi inhabituelle soit-elle.</translation>
    </message>
    <message>
        <source>Negative share at least:</source>
        <translation>Part négative minimale&#xa0;:</translation>
    </message>
    <message>
        <source>A negative alert also needs at least this share of negative mentions.</source>
        <translation>Une alerte négative exige aussi au moins cette part de mentions négatives.</translation>
    </message>
    <message>
        <source>Usual level over:</source>
        <translation>Niveau habituel sur&#xa0;:</translation>
    </message>
    <message>
        <source>The past days the usual level is computed from; weekly habits are taken into account.</source>
        <translation>Jours passés sur lesquels le niveau habituel est calculé&#xa0;; les habitudes de la semaine sont prises en compte.</translation>
    </message>
    <message numerus="yes">
        <source> mention(s)</source>
        <translation>
            <numerusform> mention</numerusform>
            <numerusform> mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::AnalyticsChartView</name>
    <message>
        <source>Save image (PNG)…</source>
        <translation>Enregistrer l’image (PNG)…</translation>
    </message>
    <message>
        <source>Save data (CSV)…</source>
        <translation>Enregistrer les données (CSV)…</translation>
    </message>
    <message>
        <source>Save this chart as an image or its data as CSV</source>
        <translation>Enregistrer ce graphique en image ou ses données en CSV</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>This chart has no data to save.</source>
        <translation>Ce graphique n’a aucune donnée à enregistrer.</translation>
    </message>
    <message>
        <source>Save chart image</source>
        <translation>Enregistrer l’image du graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart image was not saved.</source>
        <translation>L’image du graphique n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The chart data was not saved.</source>
        <translation>Les données du graphique n’ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>Save chart data</source>
        <translation>Enregistrer les données du graphique</translation>
    </message>
    <message>
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation>Fichiers CSV pour tableur (*.csv)</translation>
    </message>
</context>
<context>
    <name>vigie::ui::AnalyticsPane</name>
    <message>
        <source>No mentions in this period. Choose another period or add listening sources.</source>
        <translation>Aucune mention sur cette période. Choisissez une autre période ou ajoutez des sources d’écoute.</translation>
    </message>
    <message>
        <source>Mentions in this period: %1</source>
        <translation>Mentions sur la période&#xa0;: %1</translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation>Rapport (PDF)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>A PDF report of this period with the charts and a summary table (%1)</source>
        <translation>Un rapport PDF de cette période, avec les graphiques et un tableau de synthèse (%1)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>&amp;Safety and engagement</source>
        <translation>&amp;Sécurité et engagement</translation>
    </message>
    <message>
        <source>Mentions in this period: %1 (previous period: %2, %3)</source>
        <extracomment>%1 mentions now, %2 in the previous period of the same length, %3 the change (&quot;+12%&quot;)</extracomment>
        <translation>Mentions&#xa0;: %1 (période précédente&#xa0;: %2, %3)</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>change in percent</comment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>vigie::ui::AnalyticsReportExporter</name>
    <message>
        <source>Brand listening report %1 to %2.pdf</source>
        <translation>Rapport d’écoute des marques du %1 au %2.pdf</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved.
%1</source>
        <translation>Le rapport n’a pas été enregistré.
%1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>vigie::ui::BrandListModel</name>
    <message>
        <source>%1 (competitor)</source>
        <translation>%1 (concurrent)</translation>
    </message>
    <message>
        <source>A competitor: Vigie only tracks its name, colour and products.</source>
        <translation>Concurrent&#xa0;: Vigie suit uniquement son nom, sa couleur et ses produits.</translation>
    </message>
    <message>
        <source>One of your brands: safety text, reviews, forbidden claims and products.</source>
        <translation>L’une de vos marques&#xa0;: mentions obligatoires, relectures, allégations interdites et produits.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::BrandSettingsDialog</name>
    <message>
        <source>Brands and compliance</source>
        <translation>Marques et conformité</translation>
    </message>
    <message>
        <source>This workspace has no brand yet.</source>
        <translation>Cet espace de travail n’a encore aucune marque.</translation>
    </message>
    <message>
        <source>The brand&apos;s colour in the calendar and the charts</source>
        <translation>La couleur de la marque dans le calendrier et les graphiques</translation>
    </message>
    <message>
        <source>A competitor: Vigie follows what people say about it and its products, and never posts for it.</source>
        <translation>Concurrent&#xa0;: Vigie suit ce qui se dit sur cette marque et ses produits, mais ne publie jamais pour elle.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Safety text</source>
        <translation>&amp;Mentions obligatoires</translation>
    </message>
    <message>
        <source>Re&amp;views</source>
        <translation>&amp;Relectures</translation>
    </message>
    <message>
        <source>&amp;Forbidden claims</source>
        <translation>&amp;Allégations interdites</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Produits</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Stores this brand&apos;s changes (%1)</source>
        <translation>Enregistre les modifications de cette marque (%1)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This brand no longer exists.</source>
        <translation>Cette marque n’existe plus.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Marque «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Couleur de la marque</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Brands and compliance — %1 (unsaved changes)</source>
        <translation>Marques et conformité — %1 (modifications non enregistrées)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes made to “%1”?</source>
        <translation>Enregistrer les modifications apportées à «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
</context>
<context>
    <name>vigie::ui::CalendarFilterBar</name>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Clear the brand, network and state filters</source>
        <translation>Effacer les filtres de marque, de réseau et d’état</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>vigie::ui::CalendarPane</name>
    <message>
        <source>Connect an account to publish: your posts are planned here.</source>
        <translation>Connectez un compte pour publier&#xa0;: vos publications sont planifiées ici.</translation>
    </message>
    <message>
        <source>Added to the queue: %1.</source>
        <translation>Ajoutée à la file d’attente&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Exporter vers un calendrier</translation>
    </message>
    <message>
        <source>%1.ics</source>
        <translation>%1.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exported 1 post to %1.</source>
        <translation>1 publication exportée vers %1.</translation>
    </message>
    <message>
        <source>Exported %1 posts to %2.</source>
        <translation>%1 publications exportées vers %2.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::CalendarToolbar</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A week shown in the calendar: first day – last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Fuseau horaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Month view (Ctrl+1)</source>
        <translation>Vue mensuelle (Ctrl+1)</translation>
    </message>
    <message>
        <source>Week view (Ctrl+2)</source>
        <translation>Vue hebdomadaire (Ctrl+2)</translation>
    </message>
    <message>
        <source>List of the month&apos;s posts (Ctrl+3)</source>
        <translation>Liste des publications du mois (Ctrl+3)</translation>
    </message>
    <message>
        <source>Queue times…</source>
        <translation>Créneaux…</translation>
    </message>
    <message>
        <source>The weekly times each channel&apos;s queue publishes at</source>
        <translation>Les horaires hebdomadaires de publication de la file d’attente de chaque canal</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation>Exporter vers un calendrier (.ics)…</translation>
    </message>
    <message>
        <source>Save the plan as an iCalendar file for Outlook or Google Calendar</source>
        <translation>Enregistrer le planning dans un fichier iCalendar pour Outlook ou Google Agenda</translation>
    </message>
    <message>
        <source>Import schedule (CSV)…</source>
        <translation>Importer un planning (CSV)…</translation>
    </message>
    <message>
        <source>Plan posts from a bulk-composer CSV file</source>
        <translation>Planifier des publications à partir d’un fichier CSV de planification groupée</translation>
    </message>
</context>
<context>
    <name>vigie::ui::CalendarView</name>
    <message>
        <source>Click a day to plan a post</source>
        <translation>Cliquez sur un jour pour planifier une publication</translation>
    </message>
</context>
<context>
    <name>vigie::ui::CaseDetailView</name>
    <message>
        <source>Original text</source>
        <translation>Texte d’origine</translation>
    </message>
    <message>
        <source>Confirm adverse event</source>
        <translation>Confirmer l’effet indésirable</translation>
    </message>
    <message>
        <source>Confirm: this is a possible adverse event to report (Ctrl+Return)</source>
        <translation>Confirmer&#xa0;: il s’agit d’un effet indésirable possible à déclarer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Écarter…</translation>
    </message>
    <message>
        <source>Not an adverse event: say why (Ctrl+D)</source>
        <translation>Ce n’est pas un effet indésirable&#xa0;: indiquez pourquoi (Ctrl+D)</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Rouvrir…</translation>
    </message>
    <message>
        <source>Send this dismissed case back to the queue</source>
        <translation>Remettre ce cas écarté dans la file de tri</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Ouvrir la conversation</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Cas %1</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (date limite&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Highlighted: %1</source>
        <translation>Mis en évidence&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2, found by %3</source>
        <translation>%1 sur %2, repéré par %3</translation>
    </message>
    <message>
        <source>%1 on %2, to %3</source>
        <translation>%1 sur %2, adressé à %3</translation>
    </message>
    <message>
        <source>Written %1 · received %2 · day 0: %3</source>
        <translation>Écrit le %1 · reçu le %2 · J0&#xa0;: %3</translation>
    </message>
    <message>
        <source>Dismissed by %1 on %2: %3</source>
        <translation>Écarté par %1 le %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2.</source>
        <translation>Confirmé par %1 le %2.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::ChannelTextPage</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the main text</source>
        <translation>Utiliser le texte principal</translation>
    </message>
    <message>
        <source>Added at the end and counted: %1</source>
        <translation>Ajouté à la fin et compté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>vigie::ui::ClaimsPage</name>
    <message>
        <source>A post containing one of these phrases cannot be submitted. Matching ignores case and accents and looks for whole words: “guerit” also finds “Guérit”. Double-click a phrase to edit it.</source>
        <translation>Une publication contenant l’une de ces expressions ne peut pas être soumise. La recherche ignore la casse et les accents et porte sur des mots entiers&#xa0;: «&#xa0;guerit&#xa0;» trouve aussi «&#xa0;Guérit&#xa0;». Double-cliquez sur une expression pour la modifier.</translation>
    </message>
    <message>
        <source>New forbidden phrase</source>
        <translation>Nouvelle expression interdite</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>Replaces the list with Vigie&apos;s French and English phrases. Cancel undoes it.</source>
        <translation>Remplace la liste par les expressions françaises et anglaises fournies avec Vigie. Annuler permet de revenir en arrière.</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>«&#xa0;%1&#xa0;» figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>Expression «&#xa0;%1&#xa0;» ajoutée.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n phrase(s).</source>
        <translation>
            <numerusform>%n expression supprimée.</numerusform>
            <numerusform>%n expressions supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The default French and English phrases are back. Save keeps them; Cancel undoes it.</source>
        <translation>Les expressions françaises et anglaises par défaut sont rétablies. Enregistrer les conserve&#xa0;; Annuler revient en arrière.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::CommentImportDialog</name>
    <message>
        <source>Import comments</source>
        <translation>Importer des commentaires</translation>
    </message>
    <message>
        <source>Comments of a community without an API, from a CSV file whose first line names the columns: %1. Dates like 14/03/2026 09:30 are in %2. Each comment is screened for adverse events like any other message; nothing is imported unless every line is correct, and a file imported twice adds nothing.</source>
        <translation>Commentaires d’une communauté sans API, depuis un fichier CSV dont la première ligne indique le nom des colonnes&#xa0;: %1. Les dates comme 14/03/2026 09:30 sont exprimées dans le fuseau %2. Chaque commentaire est analysé pour repérer les effets indésirables, comme tout autre message&#xa0;; rien n’est importé tant que chaque ligne n’est pas correcte, et un fichier importé deux fois n’ajoute rien.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Communauté&#xa0;:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Date (%1)</source>
        <translation>Date (%1)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Comment or problem</source>
        <translation>Commentaire ou problème</translation>
    </message>
    <message>
        <source>This workspace has no manual channel yet: comments are imported into the inbox of a community without an API (add one in Tools › Accounts).</source>
        <translation>Cet espace de travail n’a pas encore de canal manuel&#xa0;: les commentaires sont importés dans la boîte de réception d’une communauté sans API (ajoutez-en un dans Outils › Comptes).</translation>
    </message>
    <message>
        <source>Choose a CSV file to see its comments here before importing them.</source>
        <translation>Choisissez un fichier CSV pour afficher ici ses commentaires avant de les importer.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) ready to import.</source>
        <translation>
            <numerusform>%n commentaire prêt à être importé.</numerusform>
            <numerusform>%n commentaires prêts à être importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct: nothing will be imported until the whole file is correct.</source>
        <translation>
            <numerusform>%n problème à corriger&#xa0;: rien ne sera importé tant que tout le fichier ne sera pas correct.</numerusform>
            <numerusform>%n problèmes à corriger&#xa0;: rien ne sera importé tant que tout le fichier ne sera pas correct.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) in the inbox</source>
        <translation>
            <numerusform>%n nouveau commentaire dans la boîte de réception</numerusform>
            <numerusform>%n nouveaux commentaires dans la boîte de réception</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already there)</source>
        <translation>
            <numerusform> (%n déjà présent)</numerusform>
            <numerusform> (%n déjà présents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged as possible adverse event(s), each with a case to review.</source>
        <translation>
            <numerusform>%n signalé comme effet indésirable possible, avec un cas à examiner.</numerusform>
            <numerusform>%n signalés comme effets indésirables possibles, chacun avec un cas à examiner.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>joins two parts of the import summary</comment>
        <translation>%1&#xa0;; %2</translation>
    </message>
</context>
<context>
    <name>vigie::ui::ComplianceList</name>
    <message>
        <source>Blocks submitting, scheduling and publishing</source>
        <translation>Bloque la soumission, la programmation et la publication</translation>
    </message>
    <message>
        <source>Shown to the reviewers</source>
        <translation>Visible par les relecteurs</translation>
    </message>
</context>
<context>
    <name>vigie::ui::ComposerDialog</name>
    <message>
        <source>No date yet</source>
        <translation>Pas encore de date</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>Marque&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>No account is connected yet. Save the post as a draft; choose its channels once an account is connected.</source>
        <translation>Aucun compte n’est encore connecté. Enregistrez la publication comme brouillon&#xa0;; vous choisirez ses canaux une fois un compte connecté.</translation>
    </message>
    <message>
        <source>Write the post. Each channel uses this text unless you give it its own.</source>
        <translation>Rédigez la publication. Chaque canal reprend ce texte, sauf si vous lui en attribuez un spécifique.</translation>
    </message>
    <message>
        <source>Main text</source>
        <translation>Texte principal</translation>
    </message>
    <message>
        <source>No brand</source>
        <translation>Aucune marque</translation>
    </message>
    <message>
        <source>Other brand</source>
        <translation>Autre marque</translation>
    </message>
    <message>
        <source>This account needs attention before anything can be published on it.</source>
        <translation>Ce compte requiert votre attention avant toute publication.</translation>
    </message>
    <message>
        <source>Unknown channel</source>
        <translation>Canal inconnu</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation>Modifier la publication</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (non enregistrée)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>This post has changes that are not saved. Save them?</source>
        <translation>Cette publication comporte des modifications non enregistrées. Voulez-vous les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Publier maintenant</translation>
    </message>
    <message>
        <source>A channel&apos;s text is too long for its network: shorten it first.</source>
        <translation>Le texte d’un canal est trop long pour son réseau&#xa0;: raccourcissez-le d’abord.</translation>
    </message>
    <message>
        <source>Choose at least one channel to publish to.</source>
        <translation>Choisissez au moins un canal de publication.</translation>
    </message>
    <message>
        <source>Write the text for %1 before publishing.</source>
        <translation>Rédigez le texte pour %1 avant de publier.</translation>
    </message>
    <message numerus="yes">
        <source>Publish now to %n channel(s)?</source>
        <translation>
            <numerusform>Publier maintenant sur %n canal&#xa0;?</numerusform>
            <numerusform>Publier maintenant sur %n canaux&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>This post no longer exists.</source>
        <translation>Cette publication n’existe plus.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Forget the restored text and show the post as saved</source>
        <translation>Oublier le texte restauré et afficher la publication telle qu’elle est enregistrée</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <source> times</source>
        <translation> fois</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Répétition&#xa0;:</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Sondage</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Soumettre en relecture</translation>
    </message>
    <message>
        <source>Add to queue</source>
        <translation>Ajouter à la file</translation>
    </message>
    <message>
        <source>Take the next free time slot of the chosen channels&apos; queues</source>
        <translation>Prendre le prochain créneau libre dans les files d’attente des canaux choisis</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>None of the workspace&apos;s channels takes polls.</source>
        <translation>Aucun canal de l’espace de travail ne prend en charge les sondages.</translation>
    </message>
    <message>
        <source>None of the chosen channels takes polls. Choose a channel on %1 to add one.</source>
        <translation>Aucun des canaux choisis ne prend en charge les sondages. Choisissez un canal sur %1 pour en ajouter un.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <source>Checks the post, then %1 (Ctrl+Enter)</source>
        <translation>Vérifie la publication, puis %1 (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>sends it to the reviewers</source>
        <translation>l’envoie aux relecteurs</translation>
    </message>
    <message>
        <source>schedules it</source>
        <translation>la programme</translation>
    </message>
    <message>
        <source>Already submitted</source>
        <translation>Déjà soumise</translation>
    </message>
    <message>
        <source>Publish on every chosen channel now (Ctrl+Shift+P)</source>
        <translation>Publier maintenant sur tous les canaux choisis (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>This post is already %1.</source>
        <translation>Cette publication est déjà à l’état «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Not submitted:</source>
        <translation>Non soumise&#xa0;:</translation>
    </message>
    <message>
        <source>Save the edits first: a review applies to the saved content.</source>
        <translation>Enregistrez d’abord les modifications&#xa0;: une relecture porte sur le contenu enregistré.</translation>
    </message>
    <message>
        <source>Choose the channels first: the queue is theirs.</source>
        <translation>Choisissez d’abord les canaux&#xa0;: chaque canal a sa propre file d’attente.</translation>
    </message>
    <message>
        <source>The chosen channels have no free queue slot in the next 8 weeks. Set their time slots in the calendar&apos;s queue settings, or pick a date.</source>
        <translation>Les canaux choisis n’ont aucun créneau libre dans les 8 prochaines semaines. Définissez leurs créneaux dans les réglages de file d’attente du calendrier, ou choisissez une date.</translation>
    </message>
    <message>
        <source>This brand requires review: submit the post and wait for its approvals before publishing.</source>
        <translation>Cette marque exige une relecture&#xa0;: soumettez la publication et attendez les approbations avant de publier.</translation>
    </message>
    <message>
        <source>Not published:</source>
        <translation>Non publiée&#xa0;:</translation>
    </message>
    <message>
        <source>A channel&apos;s network does not take an attached file: see the Images tab.</source>
        <translation>Le réseau d’un canal n’accepte pas un fichier joint&#xa0;: voyez l’onglet Images.</translation>
    </message>
    <message>
        <source>This post is %1, so its text and files must fit every channel before it is saved:</source>
        <translation>Cette publication étant à l’état «&#xa0;%1&#xa0;», son texte et ses fichiers doivent convenir à chaque canal avant qu’elle soit enregistrée&#xa0;:</translation>
    </message>
</context>
<context>
    <name>vigie::ui::ConnectAccountDialog</name>
    <message>
        <source>Connect an account</source>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>Reconnecter %1</translation>
    </message>
    <message>
        <source>Sign in again as %1 on %2 (%3). Its settings, inbox and posts stay as they are.</source>
        <translation>Reconnectez-vous en tant que %1 sur %2 (%3). Les paramètres, la boîte de réception et les publications du compte restent inchangés.</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>Public audience</source>
        <translation>Audience grand public</translation>
    </message>
    <message>
        <source>Untick for an account that speaks only to health professionals.</source>
        <translation>Décochez pour un compte qui s’adresse uniquement aux professionnels de santé.</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>Marque&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation>Se connecter via le navigateur</translation>
    </message>
    <message>
        <source>Vigie opens your server&apos;s sign-in page in your browser. Approve access there, then come back.</source>
        <translation>Vigie ouvre la page de connexion de votre serveur dans votre navigateur. Autorisez-y l’accès, puis revenez ici.</translation>
    </message>
    <message>
        <source>Paste an access token</source>
        <translation>Coller un jeton d’accès</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>On your server, open Preferences › Development › New application, tick the read and write scopes, save, then copy “Your access token”.</source>
        <translation>Sur votre serveur, ouvrez Préférences › Développement › Nouvelle application, cochez les autorisations read et write, enregistrez, puis copiez «&#xa0;Votre jeton d’accès&#xa0;».</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>name.bsky.social</source>
        <translation>nom.bsky.social</translation>
    </message>
    <message>
        <source>An app password lets Vigie post and read notifications without knowing your real password; you can revoke it at any time. Create one in Bluesky under Settings › Privacy and security › App passwords. &lt;a href=&quot;https://bsky.app/settings/app-passwords&quot;&gt;Open the app passwords page&lt;/a&gt;</source>
        <translation>Un mot de passe d’application permet à Vigie de publier et de lire les notifications sans connaître votre vrai mot de passe&#xa0;; vous pouvez le révoquer à tout moment. Créez-en un dans Bluesky, sous Paramètres › Confidentialité et sécurité › Mots de passe d’application. &lt;a href=&quot;https://bsky.app/settings/app-passwords&quot;&gt;Ouvrir la page des mots de passe d’application&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Handle:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>App password:</source>
        <translation>Mot de passe d’application&#xa0;:</translation>
    </message>
    <message>
        <source>No brand</source>
        <translation>Aucune marque</translation>
    </message>
    <message>
        <source>Enter your Mastodon server&apos;s address, for example https://mastodon.social.</source>
        <translation>Saisissez l’adresse de votre serveur Mastodon, par exemple https://mastodon.social.</translation>
    </message>
    <message>
        <source>Paste the access token first, or choose to sign in with the browser.</source>
        <translation>Collez d’abord le jeton d’accès, ou choisissez de vous connecter via le navigateur.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s handle, for example name.bsky.social.</source>
        <translation>Saisissez l’identifiant du compte, par exemple nom.bsky.social.</translation>
    </message>
    <message>
        <source>Enter an app password for this account (not its main password).</source>
        <translation>Saisissez un mot de passe d’application pour ce compte (et non son mot de passe principal).</translation>
    </message>
    <message>
        <source>Approve Vigie in the browser window that opened, then come back here. No browser? &lt;a href=&quot;%1&quot;&gt;Open the sign-in page&lt;/a&gt;.</source>
        <translation>Autorisez Vigie dans la fenêtre du navigateur qui vient de s’ouvrir, puis revenez ici. Le navigateur ne s’est pas ouvert&#xa0;? &lt;a href=&quot;%1&quot;&gt;Ouvrez la page de connexion&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Registering Vigie with %1…</source>
        <translation>Enregistrement de Vigie auprès de %1…</translation>
    </message>
    <message>
        <source>Checking the account with %1…</source>
        <translation>Vérification du compte auprès de %1…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Annulé&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Google+ closed in April 2019 and its API in March 2019: no connection is possible.</source>
        <translation>Google+ a fermé en avril 2019, et son API en mars 2019&#xa0;: aucune connexion n’est possible.</translation>
    </message>
    <message>
        <source>%1 is not available in this build of Vigie: it was built without this network, so no %1 account can be connected here.</source>
        <translation>%1 n’est pas disponible dans cette version de Vigie&#xa0;: elle a été compilée sans ce réseau, aucun compte %1 ne peut donc être connecté ici.</translation>
    </message>
    <message>
        <source>Enter the client ID of your X app (X developer portal › your app › Keys and tokens).</source>
        <translation>Saisissez l’identifiant client de votre application X (portail développeur de X › votre application › Keys and tokens).</translation>
    </message>
    <message>
        <source>Opening the X sign-in…</source>
        <translation>Ouverture de la connexion à X…</translation>
    </message>
    <message>
        <source>Signing in to X with the browser is not available in this build: paste the tokens instead.</source>
        <translation>La connexion à X via le navigateur n’est pas disponible dans cette version&#xa0;: collez plutôt les jetons.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Rien n’a été enregistré. %1</translation>
    </message>
</context>
<context>
    <name>vigie::ui::ConversationDelegate</name>
    <message>
        <source>Possible adverse event</source>
        <translation>Effet indésirable possible</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n message(s)</source>
        <translation>
            <numerusform>%1 · %n message</numerusform>
            <numerusform>%1 · %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::ConversationSidebar</name>
    <message>
        <source>Assigned to</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>M’assigner</translation>
    </message>
    <message>
        <source>Take this conversation (Ctrl+M)</source>
        <translation>Prendre en charge cette conversation (Ctrl+M)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>recall, delivery…</source>
        <translation>rappel, livraison…</translation>
    </message>
    <message>
        <source>Tags separated by commas; press Enter to save them</source>
        <translation>Étiquettes séparées par des virgules&#xa0;; appuyez sur Entrée pour les enregistrer</translation>
    </message>
    <message>
        <source>Separate tags with commas, then press Enter.</source>
        <translation>Séparez les étiquettes par des virgules, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <source>No note yet. Notes are seen by the team only.</source>
        <translation>Aucune note pour l’instant. Les notes ne sont visibles que par l’équipe.</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Note for the team (never sent)…</source>
        <translation>Note pour l’équipe (jamais envoyée)…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Add the note for the team (Ctrl+Return); it is never sent</source>
        <translation>Ajouter la note pour l’équipe (Ctrl+Entrée)&#xa0;; elle n’est jamais envoyée</translation>
    </message>
    <message>
        <source>Internal note – not sent</source>
        <translation>Note interne – non envoyée</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assignée</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (moi)</translation>
    </message>
    <message>
        <source>Internal notes (%1)</source>
        <translation>Notes internes (%1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>vigie::ui::CrisisBanner</name>
    <message>
        <source>&amp;Show mentions</source>
        <translation>Voir les &amp;mentions</translation>
    </message>
    <message>
        <source>Show mentions</source>
        <translation>Voir les mentions</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>Acqu&amp;itter</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>Mark this alert as seen: it will not be shown again</source>
        <translation>Marquer cette alerte comme vue&#xa0;: elle ne sera plus affichée</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not dismiss the alert: %1</source>
        <translation>Impossible d’acquitter l’alerte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>vigie::ui::CrisisNotifier</name>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
</context>
<context>
    <name>vigie::ui::DateRangeBar</name>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <source>The end date was moved to %1: a period cannot end before it starts.</source>
        <translation>La date de fin a été déplacée au %1&#xa0;: une période ne peut pas se terminer avant d’avoir commencé.</translation>
    </message>
    <message>
        <source>The start date was moved to %1: a period cannot start after it ends.</source>
        <translation>La date de début a été déplacée au %1&#xa0;: une période ne peut pas commencer après sa fin.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::DismissDialog</name>
    <message>
        <source>Dismiss case %1</source>
        <translation>Écarter le cas %1</translation>
    </message>
    <message>
        <source>Why is this not an adverse event to report? The reason is kept in the audit log.</source>
        <translation>Pourquoi n’est-ce pas un effet indésirable à déclarer&#xa0;? Le motif est conservé dans le journal d’audit.</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>numéro du cas</translation>
    </message>
    <message>
        <source>Number of the case this one repeats</source>
        <translation>Numéro du cas dont celui-ci est le doublon</translation>
    </message>
    <message>
        <source>Details (required for “Other reason”)</source>
        <translation>Précisions (obligatoires pour «&#xa0;Autre motif&#xa0;»)</translation>
    </message>
    <message>
        <source>Dismiss case</source>
        <translation>Écarter le cas</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>Choisissez un motif.</translation>
    </message>
    <message>
        <source>Say in a few words why this is not an adverse event.</source>
        <translation>Expliquez en quelques mots pourquoi il ne s’agit pas d’un effet indésirable.</translation>
    </message>
    <message>
        <source>Give the number of the case this one repeats.</source>
        <translation>Indiquez le numéro du cas dont celui-ci est le doublon.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::DraftsPanel</name>
    <message>
        <source>Unscheduled drafts</source>
        <translation>Brouillons sans date</translation>
    </message>
    <message>
        <source>No draft waiting for a date. Drafts you save without a date appear here.</source>
        <translation>Aucun brouillon en attente de date. Les brouillons enregistrés sans date apparaissent ici.</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Nouveau brouillon</translation>
    </message>
    <message>
        <source>Add to queue</source>
        <translation>Ajouter à la file</translation>
    </message>
    <message>
        <source>Plan the selected draft at its channels&apos; next free queue time (Ctrl+Q)</source>
        <translation>Planifier le brouillon sélectionné au prochain créneau libre de ses canaux (Ctrl+Q)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
</context>
<context>
    <name>vigie::ui::EngagementChart</name>
    <message>
        <source>Engagement of your posts</source>
        <translation>Engagement de vos publications</translation>
    </message>
    <message>
        <source>No post published in this period has engagement figures yet.</source>
        <translation>Aucune publication parue sur cette période n’a encore de statistiques d’engagement.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::FeedListPage</name>
    <message>
        <source>News sites, health forums and agency alerts, read for every query. A feed that fails keeps its last problem here until it reads again.</source>
        <translation>Sites d’actualité, forums de santé et alertes des autorités sanitaires, lus pour chaque requête. Un flux en échec conserve ici son dernier problème jusqu’à sa prochaine lecture réussie.</translation>
    </message>
    <message>
        <source>https://example.org/feed.xml</source>
        <translation>https://example.org/feed.xml</translation>
    </message>
    <message>
        <source>optional: the feed&apos;s own title replaces it once read</source>
        <translation>facultatif&#xa0;: remplacé par le titre du flux après lecture</translation>
    </message>
    <message>
        <source>&amp;Add feed</source>
        <translation>&amp;Ajouter le flux</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected feed (Delete)</source>
        <translation>Supprimer le flux sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>No feed yet: paste a feed&apos;s address below.</source>
        <translation>Aucun flux pour l’instant&#xa0;: collez l’adresse d’un flux ci-dessous.</translation>
    </message>
    <message>
        <source>Every feed read without a problem last time.</source>
        <translation>Tous les flux ont été lus sans problème la dernière fois.</translation>
    </message>
    <message>
        <source>Feeds with a problem: %1 of %2. Select one to read its last problem in full.</source>
        <translation>Flux en échec&#xa0;: %1 sur %2. Sélectionnez-en un pour lire son dernier problème en entier.</translation>
    </message>
    <message>
        <source>Last problem with “%1”: %2</source>
        <translation>Dernier problème avec «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Supprimer le flux</translation>
    </message>
    <message>
        <source>Stop reading “%1”? Mentions already collected from it stay.</source>
        <translation>Arrêter de lire «&#xa0;%1&#xa0;»&#xa0;? Les mentions déjà collectées depuis ce flux sont conservées.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>vigie::ui::FileImportDialog</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>vigie::ui::ImportScheduleDialog</name>
    <message>
        <source>Import a schedule</source>
        <translation>Importer un planning</translation>
    </message>
    <message>
        <source>A CSV file in Hootsuite&apos;s bulk-composer layout: date and time (24-hour, in %1), message, optional link. Nothing is imported unless every line is correct.</source>
        <translation>Un fichier CSV au format de planification groupée Hootsuite (bulk composer)&#xa0;: date et heure (sur 24 h, fuseau %1), message, lien facultatif. Rien n’est importé tant que toutes les lignes ne sont pas correctes.</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Jour en premier (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Mois en premier (12/31/2026)</translation>
    </message>
    <message>
        <source>Read from the file</source>
        <translation>Déduit du fichier</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dates written:</source>
        <translation>Ordre des &amp;dates&#xa0;:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Date (%1)</source>
        <translation>Date (%1)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Connect an account first: there is nowhere to publish these posts.</source>
        <translation>Connectez d’abord un compte&#xa0;: aucun compte ne peut recevoir ces publications.</translation>
    </message>
    <message>
        <source>Choose a CSV file to see its posts here before importing them.</source>
        <translation>Choisissez un fichier CSV pour afficher ses publications ici avant de les importer.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) ready to import.</source>
        <translation>
            <numerusform>%n publication prête à être importée.</numerusform>
            <numerusform>%n publications prêtes à être importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Ce fichier ne peut pas être importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 line(s) to correct before importing: nothing will be imported until every line is correct.</source>
        <translation>
            <numerusform>%n ligne sur %1 à corriger avant l’importation&#xa0;: rien ne sera importé tant que toutes les lignes ne seront pas correctes.</numerusform>
            <numerusform>%n lignes sur %1 à corriger avant l’importation&#xa0;: rien ne sera importé tant que toutes les lignes ne seront pas correctes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::InboxDelivery</name>
    <message>
        <source>This reply no longer exists.</source>
        <translation>Cette réponse n’existe plus.</translation>
    </message>
    <message>
        <source>Reply saved but not sent: %1</source>
        <translation>Réponse enregistrée mais non envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reply sent.</source>
        <translation>Réponse envoyée.</translation>
    </message>
    <message>
        <source>Reply not sent. %1</source>
        <translation>Réponse non envoyée. %1</translation>
    </message>
    <message>
        <source>not synced: it needs reconnecting in Tools › Accounts</source>
        <translation>non synchronisé&#xa0;: compte à reconnecter dans Outils › Comptes</translation>
    </message>
    <message>
        <source>not synced: the network asked to wait until %1</source>
        <translation>non synchronisé&#xa0;: le réseau demande d’attendre jusqu’à %1</translation>
    </message>
    <message>
        <source>what was read could not be saved: %1</source>
        <translation>les messages récupérés n’ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s), then: %1</source>
        <translation>
            <numerusform>%n nouveau message, puis&#xa0;: %1</numerusform>
            <numerusform>%n nouveaux messages, puis&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nouveau message</numerusform>
            <numerusform>%n nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <source>No account to sync. Connect one in Tools › Accounts.</source>
        <translation>Aucun compte à synchroniser. Connectez-en un dans Outils › Comptes.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sync finished. %1</source>
        <translation>Synchronisation terminée. %1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the results of two accounts</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>Ce message n’existe plus.</translation>
    </message>
    <message>
        <source>The message is hidden on the network. The team still sees it here.</source>
        <translation>Le message est masqué sur le réseau. L’équipe le voit toujours ici.</translation>
    </message>
    <message>
        <source>The reply is deleted from the network. The team still sees it here.</source>
        <translation>La réponse est supprimée du réseau. L’équipe la voit toujours ici.</translation>
    </message>
    <message>
        <source>Not hidden: %1</source>
        <translation>Non masqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non supprimée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>vigie::ui::InboxFilterBar</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Tous les réseaux</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>Toutes les marques</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Tonalité</translation>
    </message>
    <message>
        <source>Any sentiment</source>
        <translation>Toutes les tonalités</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négative</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Possible adverse events</source>
        <translation>Effets indésirables possibles</translation>
    </message>
    <message>
        <source>Only conversations where a message may describe an adverse event</source>
        <translation>Uniquement les conversations dont un message pourrait décrire un effet indésirable</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every conversation again</source>
        <translation>Afficher à nouveau toutes les conversations</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assignée</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Moi (%1)</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Brand: %1</source>
        <translation>Marque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Assigned to: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Étiquette&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sentiment: %1</source>
        <translation>Tonalité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last message: %1</source>
        <translation>Dernier message&#xa0;: %1</translation>
    </message>
    <message>
        <source>Possible adverse events only</source>
        <translation>Effets indésirables possibles uniquement</translation>
    </message>
</context>
<context>
    <name>vigie::ui::InboxPane</name>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Select a conversation to read it and reply.</source>
        <translation>Sélectionnez une conversation pour la lire et y répondre.</translation>
    </message>
    <message>
        <source>No conversations yet. Connect an account to bring comments, mentions and messages here.</source>
        <translation>Aucune conversation pour l’instant. Connectez un compte pour réunir ici commentaires, mentions et messages.</translation>
    </message>
    <message>
        <source>No conversations yet. New comments, mentions and messages from your connected accounts will appear here.</source>
        <translation>Aucune conversation pour l’instant. Les nouveaux commentaires, mentions et messages de vos comptes connectés apparaîtront ici.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Read new mentions and replies from every connected account (F5)</source>
        <translation>Récupérer les nouvelles mentions et réponses de tous les comptes connectés (F5)</translation>
    </message>
    <message>
        <source>Sending the reply again…</source>
        <translation>Nouvel envoi de la réponse…</translation>
    </message>
    <message>
        <source>Reply saved. Vigie cannot send replies to %1 yet: answer on %1 directly, then mark the conversation done.</source>
        <translation>Réponse enregistrée. Vigie ne peut pas encore envoyer de réponses sur %1&#xa0;: répondez directement sur %1, puis marquez la conversation comme traitée.</translation>
    </message>
    <message>
        <source>Sending the reply to %1…</source>
        <translation>Envoi de la réponse sur %1…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n account(s)…</source>
        <translation>
            <numerusform>Synchronisation de %n compte…</numerusform>
            <numerusform>Synchronisation de %n comptes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n account(s)… %1 of %n done.</source>
        <translation>
            <numerusform>Synchronisation de %n compte… Terminés&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Synchronisation de %n comptes… Terminés&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search messages (/)</source>
        <translation>Rechercher dans les messages (/)</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <source>Words find their other forms (vertig finds vertiges); &quot;an exact phrase&quot;, -word to leave out, OR between words. Accents and case never matter. Esc clears the search.</source>
        <translation>Un mot trouve ses autres formes (vertig trouve vertiges)&#xa0;; &quot;une expression exacte&quot;, -mot pour exclure un mot, OR entre deux mots. Ni les accents ni la casse ne comptent. Échap efface la recherche.</translation>
    </message>
    <message>
        <source>J and K move to the next and previous conversation, E marks it done, R writes a reply, / searches.</source>
        <translation>J et K passent à la conversation suivante ou précédente, E la marque comme traitée, R ouvre une réponse, / lance une recherche.</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Messages trouvés</translation>
    </message>
    <message>
        <source>No message matches “%1” with these filters. %2 hides every match: clear it to see them.</source>
        <translation>Aucun message ne correspond à «&#xa0;%1&#xa0;» avec ces filtres. Le filtre %2 masque tous les résultats&#xa0;: effacez-le pour les voir.</translation>
    </message>
    <message>
        <source>No conversation matches these filters. %1 hides every conversation: clear it to see them.</source>
        <translation>Aucune conversation ne correspond à ces filtres. Le filtre %1 masque toutes les conversations&#xa0;: effacez-le pour les voir.</translation>
    </message>
    <message>
        <source>No message matches “%1” with these filters together (%2).</source>
        <translation>Aucun message ne correspond à «&#xa0;%1&#xa0;» avec ces filtres combinés (%2).</translation>
    </message>
    <message>
        <source>No conversation matches these filters together (%1).</source>
        <translation>Aucune conversation ne correspond à ces filtres combinés (%1).</translation>
    </message>
    <message>
        <source>This search cannot be run: see the line under the search field.</source>
        <translation>Impossible de lancer cette recherche&#xa0;: voyez le message sous le champ de recherche.</translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation>Aucun message ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Delete on %1</source>
        <translation>Supprimer sur %1</translation>
    </message>
    <message>
        <source>Delete this reply from %1? People will no longer see it there; the team keeps it here.</source>
        <translation>Supprimer cette réponse de %1&#xa0;? Elle n’y sera plus visible&#xa0;; l’équipe la conserve ici.</translation>
    </message>
    <message>
        <source>Hiding the message on %1…</source>
        <translation>Masquage du message sur %1…</translation>
    </message>
    <message>
        <source>Deleting the reply on %1…</source>
        <translation>Suppression de la réponse sur %1…</translation>
    </message>
    <message>
        <source>Reply saved. This community has no API: post the reply there yourself, then mark the conversation done.</source>
        <translation>Réponse enregistrée. Cette communauté n’a pas d’API&#xa0;: publiez-y vous-même la réponse, puis marquez la conversation comme traitée.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::InlineMessage</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>vigie::ui::IntakeForm</name>
    <message>
        <source>Handle, name or contact of the person who wrote</source>
        <translation>Identifiant, nom ou coordonnées de l’auteur du message</translation>
    </message>
    <message>
        <source>Who took the product: “me”, “my son, 8”, initials, age…</source>
        <translation>Qui a pris le produit&#xa0;: «&#xa0;moi&#xa0;», «&#xa0;mon fils, 8 ans&#xa0;», initiales, âge…</translation>
    </message>
    <message>
        <source>Product name, strength, batch if given</source>
        <translation>Nom du produit, dosage, numéro de lot s’il est indiqué</translation>
    </message>
    <message>
        <source>What happened, in the author&apos;s words</source>
        <translation>Ce qui s’est passé, avec les mots de l’auteur</translation>
    </message>
    <message>
        <source>Minimum criteria of a valid report</source>
        <translation>Critères minimaux d’un cas valide</translation>
    </message>
    <message>
        <source>Seriousness</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Not assessed yet (15-day deadline)</source>
        <translation>Pas encore évaluée (délai de 15&#xa0;jours)</translation>
    </message>
    <message>
        <source>Not serious (90-day deadline)</source>
        <translation>Non grave (délai de 90&#xa0;jours)</translation>
    </message>
    <message>
        <source>Serious (15-day deadline)</source>
        <translation>Grave (délai de 15&#xa0;jours)</translation>
    </message>
    <message>
        <source>Patient and narrative</source>
        <translation>Patient et narratif</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narratif</translation>
    </message>
    <message>
        <source>Save intake</source>
        <translation>Enregistrer le recueil</translation>
    </message>
    <message>
        <source>Save the intake (Ctrl+S)</source>
        <translation>Enregistrer le recueil (Ctrl+S)</translation>
    </message>
    <message>
        <source>Submission to the safety department</source>
        <translation>Transmission au service de pharmacovigilance</translation>
    </message>
    <message>
        <source>Safety department reference</source>
        <translation>Référence du service de pharmacovigilance</translation>
    </message>
    <message>
        <source>Mark as submitted</source>
        <translation>Marquer comme transmis</translation>
    </message>
    <message>
        <source>Submitted on %1, reference %2: the clock is stopped.</source>
        <translation>Transmis le %1, référence %2&#xa0;: le décompte du délai est arrêté.</translation>
    </message>
    <message>
        <source>Day 0: %1. Due date: %2 (%3 days from day 0) — %4.</source>
        <translation>J0&#xa0;: %1. Échéance&#xa0;: %2 (J0 + %3&#xa0;jours) — %4.</translation>
    </message>
    <message>
        <source>Save intake *</source>
        <translation>Enregistrer le recueil *</translation>
    </message>
</context>
<context>
    <name>vigie::ui::ListeningAutoSync</name>
    <message>
        <source>No system keychain is available.</source>
        <translation>Aucun trousseau du système n’est disponible.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::ListeningHub</name>
    <message>
        <source>Collecting mentions…</source>
        <translation>Collecte des mentions…</translation>
    </message>
    <message>
        <source>Crisis alerts could not be checked: %1</source>
        <translation>Impossible de vérifier les alertes de crise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mentions could not be collected: %1</source>
        <translation>Impossible de collecter les mentions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mentions collected: %1 new.</source>
        <translation>Collecte terminée, nouvelles mentions&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) failed, including %1: %2</source>
        <translation>
            <numerusform>%n source en échec (%1)&#xa0;: %2</numerusform>
            <numerusform>%n sources en échec, dont %1&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>vigie::ui::ListeningSetupDialog</name>
    <message>
        <source>Listening set-up[*]</source>
        <translation>Configuration de l’écoute[*]</translation>
    </message>
    <message>
        <source>&amp;Queries</source>
        <translation>&amp;Requêtes</translation>
    </message>
    <message>
        <source>&amp;Feeds</source>
        <translation>&amp;Flux</translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation>A&amp;lertes</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n’a été enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>vigie::ui::ListeningSetupQueriesPage</name>
    <message>
        <source>What Vigie looks for on the networks and in the feeds, brand by brand. Competitors&apos; queries feed the share of voice.</source>
        <translation>Ce que Vigie recherche sur les réseaux et dans les flux, marque par marque. Les requêtes des concurrents alimentent la part de voix.</translation>
    </message>
    <message>
        <source>No query yet: press New query (Ctrl+N) to start listening for a brand.</source>
        <translation>Aucune requête pour l’instant&#xa0;: cliquez sur Nouvelle requête (Ctrl+N) pour commencer à écouter une marque.</translation>
    </message>
    <message>
        <source>&amp;New query…</source>
        <translation>&amp;Nouvelle requête…</translation>
    </message>
    <message>
        <source>New query (Ctrl+N)</source>
        <translation>Nouvelle requête (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected query (Delete)</source>
        <translation>Supprimer la requête sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Remove query</source>
        <translation>Supprimer la requête</translation>
    </message>
    <message>
        <source>Remove the query “%1” of %2? Mentions already collected stay.</source>
        <translation>Supprimer la requête «&#xa0;%1&#xa0;» de %2&#xa0;? Les mentions déjà collectées sont conservées.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>vigie::ui::MainWindow</name>
    <message>
        <source>Vigie — %1 (demo workspace)</source>
        <translation>Vigie — %1 (espace de démonstration)</translation>
    </message>
    <message>
        <source>Vigie — %1</source>
        <translation>Vigie — %1</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Boîte de réception</translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation>&amp;Analyses</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Vigie</source>
        <translation>À &amp;propos de Vigie</translation>
    </message>
    <message>
        <source>About Vigie</source>
        <translation>À propos de Vigie</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vigie %1&lt;/b&gt;&lt;p&gt;Community management for health brands: content calendar with medical-legal-regulatory approval, unified inbox with adverse-event screening, and listening analytics.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Vigie %1&lt;/b&gt;&lt;p&gt;Gestion de communautés pour les marques de santé&#xa0;: calendrier éditorial avec validation médicale, juridique et réglementaire, boîte de réception unifiée avec repérage des effets indésirables et analyses d’écoute sociale.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>&amp;Import schedule (CSV)…</source>
        <translation>&amp;Importer un planning (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Brands and compliance…</source>
        <translation>&amp;Marques et conformité…</translation>
    </message>
    <message>
        <source>&amp;Members and review roles…</source>
        <translation>M&amp;embres et rôles de relecture…</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Effets indésirables</translation>
    </message>
    <message>
        <source>Adverse &amp;events</source>
        <translation>&amp;Effets indésirables</translation>
    </message>
    <message>
        <source>Adverse events (%1)</source>
        <translation>Effets indésirables (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) past the reporting deadline</source>
        <translation>
            <numerusform>%n cas a dépassé le délai de déclaration</numerusform>
            <numerusform>%n cas ont dépassé le délai de déclaration</numerusform>
        </translation>
    </message>
    <message>
        <source>This message has no pharmacovigilance case.</source>
        <translation>Aucun cas de pharmacovigilance n’est associé à ce message.</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <source>&amp;Listening set-up…</source>
        <translation>Configu&amp;ration de l’écoute…</translation>
    </message>
    <message>
        <source>&amp;Collect mentions now</source>
        <translation>Co&amp;llecter les mentions maintenant</translation>
    </message>
    <message>
        <source>Import &amp;comments (CSV)…</source>
        <translation>Importer des &amp;commentaires (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Manual posts due…</source>
        <translation>Publications manuelles à &amp;faire…</translation>
    </message>
</context>
<context>
    <name>vigie::ui::ManualChannelPage</name>
    <message>
        <source>Sermo, Viadeo, PatientsLikeMe…</source>
        <translation>Sermo, Viadeo, PatientsLikeMe…</translation>
    </message>
    <message>
        <source>Optional: https://www.sermo.com</source>
        <translation>Facultatif&#xa0;: https://www.sermo.com</translation>
    </message>
    <message>
        <source>Professionals only (for example Sermo, for physicians)</source>
        <translation>Réservé aux professionnels (par exemple Sermo, pour les médecins)</translation>
    </message>
    <message>
        <source>Posts for this channel are checked as speaking to health professionals, not to the public.</source>
        <translation>Les publications de ce canal sont vérifiées comme s’adressant à des professionnels de santé, et non au grand public.</translation>
    </message>
    <message>
        <source>For a community without a public API. Posts are planned, checked and approved as for any network; when one is due, Vigie reminds you, copies its text and opens its images, you publish it there and mark it published with its address. Nothing to sign in to: no password is kept.</source>
        <translation>Pour une communauté sans API publique. Les publications sont planifiées, vérifiées et approuvées comme pour tout autre réseau&#xa0;; à l’échéance, Vigie vous prévient, copie le texte et ouvre les images, vous publiez dans la communauté, puis vous marquez la publication comme publiée en indiquant son adresse. Aucune connexion requise&#xa0;: aucun mot de passe n’est conservé.</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>Communauté&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the community&apos;s name.</source>
        <translation>Saisissez le nom de la communauté.</translation>
    </message>
    <message>
        <source>Enter the community&apos;s web address, for example https://www.sermo.com, or leave it empty.</source>
        <translation>Saisissez l’adresse web de la communauté, par exemple https://www.sermo.com, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::ManualDueNotifier</name>
    <message>
        <source>Time to post on %1</source>
        <translation>C’est l’heure de publier sur %1</translation>
    </message>
    <message>
        <source>A post for %1 may not be published</source>
        <translation>Une publication prévue sur %1 ne doit pas être publiée</translation>
    </message>
</context>
<context>
    <name>vigie::ui::ManualPostDialog</name>
    <message>
        <source>Publish by hand</source>
        <translation>Publier manuellement</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>Copy the text to the clipboard (Ctrl+C)</source>
        <translation>Copier le texte dans le presse-papiers (Ctrl+C)</translation>
    </message>
    <message>
        <source>Open &amp;media</source>
        <translation>Ouvrir les &amp;médias</translation>
    </message>
    <message>
        <source>Open c&amp;ommunity</source>
        <translation>Ouvrir la c&amp;ommunauté</translation>
    </message>
    <message>
        <source>&amp;Address of the published post:</source>
        <translation>&amp;Adresse de la publication mise en ligne&#xa0;:</translation>
    </message>
    <message>
        <source>← P&amp;revious</source>
        <translation>← P&amp;récédente</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Suivante →</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Close: the post stays in the list of manual posts due</source>
        <translation>Fermer&#xa0;: la publication reste dans la liste des publications manuelles à faire</translation>
    </message>
    <message>
        <source>Mark as &amp;published…</source>
        <translation>Marquer comme &amp;publiée…</translation>
    </message>
    <message>
        <source>Record the address of the post once it is online (Ctrl+Enter)</source>
        <translation>Enregistrer l’adresse de la publication une fois qu’elle est en ligne (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No post to publish by hand right now.</source>
        <translation>Aucune publication à publier manuellement pour le moment.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;due %2 — post this text in the community, then mark it published.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;prévue le %2 — publiez ce texte dans la communauté, puis marquez la publication comme publiée.</translation>
    </message>
    <message>
        <source>Do not publish it: %1</source>
        <translation>Ne la publiez pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Then, as replies to it, in this order:</source>
        <translation>Puis, en réponse à celle-ci, dans cet ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Media to attach: %1</source>
        <translation>Médias à joindre&#xa0;: %1</translation>
    </message>
    <message>
        <source>The text is in the clipboard: paste it in %1.</source>
        <translation>Le texte est dans le presse-papiers&#xa0;: collez-le dans %1.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Fichiers introuvables&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) opened: attach them to the post.</source>
        <translation>
            <numerusform>%n fichier média ouvert&#xa0;: joignez-le à la publication.</numerusform>
            <numerusform>%n fichiers médias ouverts&#xa0;: joignez-les à la publication.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as &amp;published</source>
        <translation>Marquer comme &amp;publiée</translation>
    </message>
</context>
<context>
    <name>vigie::ui::MediaEditor</name>
    <message>
        <source>Add images…</source>
        <translation>Ajouter des images…</translation>
    </message>
    <message>
        <source>No image yet. Each image needs a description for people who use a screen reader.</source>
        <translation>Aucune image pour l’instant. Chaque image doit avoir une description pour les personnes qui utilisent un lecteur d’écran.</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>Ajouter des images</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Pas d’aperçu</translation>
    </message>
    <message>
        <source>Describe the image (required)</source>
        <translation>Décrivez l’image (obligatoire)</translation>
    </message>
    <message>
        <source>A description is required: say what the image shows.</source>
        <translation>Une description est obligatoire&#xa0;: indiquez ce que montre l’image.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>vigie::ui::MemberTableModel</name>
    <message>
        <source>%1 may sign the %2 review.</source>
        <translation>%1 peut signer la relecture %2.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>%1 reviewer</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>vigie::ui::MembersDialog</name>
    <message>
        <source>Members and review roles</source>
        <translation>Membres et rôles de relecture</translation>
    </message>
    <message>
        <source>Who may sign each review. When a brand requires a review, only a member with that role can approve its posts. Double-click a name to rename.</source>
        <translation>Qui peut signer chaque relecture. Lorsqu’une marque exige une relecture, seul un membre ayant ce rôle peut approuver ses publications. Double-cliquez sur un nom pour le modifier.</translation>
    </message>
    <message>
        <source>No member is listed: anyone may sign any review, under the name they give. Add members to restrict who signs.</source>
        <translation>Aucun membre enregistré&#xa0;: n’importe qui peut signer n’importe quelle relecture, sous le nom qu’il indique. Ajoutez des membres pour restreindre les signataires.</translation>
    </message>
    <message>
        <source>Name of a new member</source>
        <translation>Nom du nouveau membre</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Ajouter un membre</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Type the new member&apos;s name first.</source>
        <translation>Saisissez d’abord le nom du nouveau membre.</translation>
    </message>
    <message>
        <source>Added %1. Tick the reviews they may sign.</source>
        <translation>Membre ajouté&#xa0;: %1. Cochez les relectures que cette personne peut signer.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Membre supprimé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Supprimer le membre</translation>
    </message>
    <message>
        <source>Remove %1? Their past approvals stay in the audit log.</source>
        <translation>Supprimer %1&#xa0;? Ses approbations passées restent dans le journal d’audit.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::MentionListDialog</name>
    <message>
        <source>&amp;Open link</source>
        <translation>&amp;Ouvrir le lien</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>No mention matches this point any more (they may have been deleted).</source>
        <translation>Plus aucune mention ne correspond à ce point (elles ont peut-être été supprimées).</translation>
    </message>
    <message numerus="yes">
        <source>The %n newest mentions; scroll down for more.</source>
        <translation>
            <numerusform>La mention la plus récente&#xa0;; faites défiler pour voir les suivantes.</numerusform>
            <numerusform>Les %n mentions les plus récentes&#xa0;; faites défiler pour voir les suivantes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s), newest first.</source>
        <translation>
            <numerusform>%n mention, la plus récente en premier.</numerusform>
            <numerusform>%n mentions, les plus récentes en premier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::MentionVolumeChart</name>
    <message>
        <source>Mentions per day by brand</source>
        <translation>Mentions par jour et par marque</translation>
    </message>
    <message>
        <source>%1 (competitor)</source>
        <translation>%1 (concurrent)</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Date format of chart axis labels (day and abbreviated month); see QDate::toString</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yy</source>
        <translation>d MMM yy</translation>
    </message>
    <message>
        <source>No brand was mentioned in this period.</source>
        <translation>Aucune marque n’a été mentionnée sur cette période.</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
</context>
<context>
    <name>vigie::ui::MessageBubbleDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · </source>
        <translation>%1 · </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Possible adverse event – sent to the pharmacovigilance queue</source>
        <translation>Effet indésirable possible – placé dans la file de tri de pharmacovigilance</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Ouvrir le cas</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <source>symptom or side effect</source>
        <translation>symptôme ou effet secondaire</translation>
    </message>
    <message>
        <source>someone telling what happened</source>
        <translation>témoignage de ce qui s’est passé</translation>
    </message>
    <message>
        <source>Hidden on %1</source>
        <translation>Masqué sur %1</translation>
    </message>
    <message>
        <source>Deleted on %1</source>
        <translation>Supprimé sur %1</translation>
    </message>
    <message>
        <source>Open this message&apos;s case in the triage queue</source>
        <translation>Ouvrir le cas de ce message dans la file de tri</translation>
    </message>
    <message>
        <source>Possible adverse event: %1 “%2”</source>
        <translation>Effet indésirable possible&#xa0;: %1 «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>vigie::ui::MonthView</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::NetworkChoiceList</name>
    <message>
        <source>%1 is not available in this build of Vigie.</source>
        <translation>%1 n’est pas disponible dans cette version de Vigie.</translation>
    </message>
    <message>
        <source>Manual channel</source>
        <translation>Canal manuel</translation>
    </message>
    <message>
        <source>A community without a public API: Vigie reminds you, you publish.</source>
        <translation>Une communauté sans API publique&#xa0;: Vigie vous prévient, vous publiez.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::NetworksChart</name>
    <message>
        <source>Mentions per network</source>
        <translation>Mentions par réseau</translation>
    </message>
    <message>
        <source>No mention on any network in this period.</source>
        <translation>Aucune mention sur les réseaux pendant cette période.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::PollEditor</name>
    <message>
        <source>Add a poll</source>
        <translation>Ajouter un sondage</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultative</translation>
    </message>
    <message>
        <source>Answer %1:</source>
        <translation>Réponse %1&#xa0;:</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 heures</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 jours</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>Open for:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>People may choose several answers</source>
        <translation>Plusieurs réponses possibles</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::PreviewPanel</name>
    <message>
        <source>Choose a channel to see how the post will look there.</source>
        <translation>Choisissez un canal pour voir l’aperçu de la publication sur celui-ci.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>No text yet</source>
        <translation>Pas encore de texte</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Aucune description</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Sondage</translation>
    </message>
    <message>
        <source>not shown on this network</source>
        <translation>non affiché sur ce réseau</translation>
    </message>
    <message>
        <source>First comment</source>
        <translation>Premier commentaire</translation>
    </message>
    <message>
        <source>Image description: %1</source>
        <translation>Description de l’image&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>vigie::ui::ProductTableModel</name>
    <message>
        <source>Prescription-only: Vigie blocks any post to a public channel that names it.</source>
        <translation>Soumis à prescription&#xa0;: Vigie bloque toute publication sur un canal public qui le nomme.</translation>
    </message>
    <message>
        <source>Other names people use for it, separated by commas</source>
        <translation>Autres noms utilisés pour ce produit, séparés par des virgules</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>INN (active substance)</source>
        <translation>DCI (substance active)</translation>
    </message>
    <message>
        <source>Prescription only</source>
        <translation>Soumis à prescription</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
</context>
<context>
    <name>vigie::ui::ProductsPage</name>
    <message>
        <source>Import products</source>
        <translation>Importer des produits</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Exporter des produits</translation>
    </message>
    <message>
        <source>Tick “Prescription only” for medicines sold on prescription: EU Directive 2001/83/EC art. 88 forbids advertising them to the public, so Vigie blocks any post to a public channel that names them (by name, alias or INN).</source>
        <translation>Cochez «&#xa0;Soumis à prescription&#xa0;» pour les médicaments délivrés sur ordonnance&#xa0;: l’article 88 de la directive 2001/83/CE interdit d’en faire la publicité auprès du public&#xa0;; Vigie bloque donc toute publication sur un canal public qui les nomme (par leur nom, un alias ou leur DCI).</translation>
    </message>
    <message>
        <source>&amp;Add product</source>
        <translation>&amp;Ajouter un produit</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer du JSON…</translation>
    </message>
    <message>
        <source>A JSON array of {&quot;name&quot;, &quot;aliases&quot;, &quot;inn&quot;, &quot;prescription_only&quot;}, the format of vigie classify --products.</source>
        <translation>Un tableau JSON de {&quot;name&quot;, &quot;aliases&quot;, &quot;inn&quot;, &quot;prescription_only&quot;}, le format de vigie classify --products.</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>E&amp;xporter en JSON…</translation>
    </message>
    <message>
        <source>Nothing imported from %1: %2</source>
        <translation>Rien n’a été importé depuis %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s) from %1. Save keeps them; Cancel undoes the import.</source>
        <translation>
            <numerusform>%n produit importé depuis %1. Enregistrer le conserve&#xa0;; Annuler annule l’importation.</numerusform>
            <numerusform>%n produits importés depuis %1. Enregistrer les conserve&#xa0;; Annuler annule l’importation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing exported: %1</source>
        <translation>Rien n’a été exporté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n product(s) to %1.</source>
        <translation>
            <numerusform>%n produit exporté vers %1.</numerusform>
            <numerusform>%n produits exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::PublishNowRunner</name>
    <message>
        <source>Published.</source>
        <translation>Publié.</translation>
    </message>
    <message>
        <source>The network did not answer: it may have been published. Check the account on the network before retrying.</source>
        <translation>Le réseau n’a pas répondu&#xa0;: le contenu a peut-être été publié. Vérifiez le compte sur le réseau avant de réessayer.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Non publié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Being published…</source>
        <translation>Publication en cours…</translation>
    </message>
    <message>
        <source>This post no longer exists.</source>
        <translation>Cette publication n’existe plus.</translation>
    </message>
    <message>
        <source>To publish by hand: post it in the community from the manual post window, then mark it published there with its address.</source>
        <translation>À publier manuellement&#xa0;: publiez-la dans la communauté depuis la fenêtre des publications manuelles, puis marquez-la comme publiée en y indiquant son adresse.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::PublishProgressPanel</name>
    <message>
        <source>On the networks</source>
        <translation>Sur les réseaux</translation>
    </message>
    <message>
        <source>Publishing now</source>
        <translation>Publication immédiate</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publication en cours…</translation>
    </message>
</context>
<context>
    <name>vigie::ui::PublishScheduler</name>
    <message>
        <source>No system keychain is available.</source>
        <translation>Aucun trousseau du système n’est disponible.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::QueryEditorDialog</name>
    <message>
        <source>Edit listening query</source>
        <translation>Modifier la requête d’écoute</translation>
    </message>
    <message>
        <source>New listening query</source>
        <translation>Nouvelle requête d’écoute</translation>
    </message>
    <message>
        <source>%1 (competitor)</source>
        <translation>%1 (concurrent)</translation>
    </message>
    <message>
        <source>e.g. Brand and treatments</source>
        <translation>p. ex. Marque et traitements</translation>
    </message>
    <message>
        <source>words or phrases, separated by commas</source>
        <translation>mots ou expressions, séparés par des virgules</translation>
    </message>
    <message>
        <source>#hashtag, #another</source>
        <translation>#hashtag, #autre</translation>
    </message>
    <message>
        <source>a post with one of these words is left out</source>
        <translation>une publication contenant l’un de ces mots est écartée</translation>
    </message>
    <message>
        <source>Include the brand&apos;s products</source>
        <translation>Inclure les produits de la marque</translation>
    </message>
    <message>
        <source>Collect this query</source>
        <translation>Collecter cette requête</translation>
    </message>
    <message>
        <source>Their names, aliases and INN count as keywords.</source>
        <translation>Leurs noms, alias et DCI servent de mots-clés.</translation>
    </message>
    <message>
        <source>RSS and Atom feeds are read for every query.</source>
        <translation>Les flux RSS et Atom sont lus pour chaque requête.</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>Marque&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>Mots-clés&#xa0;:</translation>
    </message>
    <message>
        <source>Hashtags:</source>
        <translation>Hashtags&#xa0;:</translation>
    </message>
    <message>
        <source>Leave out:</source>
        <translation>Exclure&#xa0;:</translation>
    </message>
    <message>
        <source>Search on:</source>
        <translation>Rechercher sur&#xa0;:</translation>
    </message>
    <message>
        <source>Add a brand first (Tools › Brands).</source>
        <translation>Ajoutez d’abord une marque (Outils › Marques et conformité).</translation>
    </message>
    <message>
        <source>Give the query a name.</source>
        <translation>Donnez un nom à la requête.</translation>
    </message>
    <message>
        <source>Add a keyword or a hashtag, or include the brand&apos;s products: this query listens for nothing.</source>
        <translation>Ajoutez un mot-clé ou un hashtag, ou incluez les produits de la marque&#xa0;: cette requête n’écoute rien.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::QueueTimesDialog</name>
    <message>
        <source>Queue times</source>
        <translation>Créneaux</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add time</source>
        <translation>Ajouter un horaire</translation>
    </message>
    <message>
        <source>Remove time</source>
        <translation>Supprimer l’horaire</translation>
    </message>
    <message>
        <source>&quot;Add to queue&quot; gives a draft the next of these times at which none of its channels has a post yet. Times are in %1.</source>
        <translation>«&#xa0;Ajouter à la file&#xa0;» attribue à un brouillon le prochain de ces horaires auquel aucun de ses canaux n’a encore de publication. Les horaires sont exprimés dans le fuseau %1.</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours&#xa0;:</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Horaires&#xa0;:</translation>
    </message>
    <message>
        <source>Saved. Next free time: %1.</source>
        <translation>Enregistré. Prochain créneau libre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Saved. This channel has no queue times.</source>
        <translation>Enregistré. Ce canal n’a aucun créneau.</translation>
    </message>
    <message>
        <source>Connect an account first: queue times belong to a channel.</source>
        <translation>Connectez d’abord un compte&#xa0;: les créneaux sont propres à chaque canal.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::ReviewPanel</name>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Donnée par</translation>
    </message>
    <message>
        <source>MLR code</source>
        <translation>Code MLR</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Your review</source>
        <translation>Votre relecture</translation>
    </message>
    <message>
        <source>e.g. MLR-2026-0142</source>
        <translation>p. ex. MLR-2026-0142</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Relecture&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>MLR code:</source>
        <translation>Code MLR&#xa0;:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Withdraw from review</source>
        <translation>Retirer de la relecture</translation>
    </message>
    <message numerus="yes">
        <source>Saving will void the %n approval(s): the post goes back to review.</source>
        <translation>
            <numerusform>L’enregistrement annulera %n approbation&#xa0;: la publication repassera en relecture.</numerusform>
            <numerusform>L’enregistrement annulera les %n approbations&#xa0;: la publication repassera en relecture.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Editing the text will void the %n approval(s) and send the post back to review.</source>
        <translation>
            <numerusform>Modifier le texte annulera %n approbation et renverra la publication en relecture.</numerusform>
            <numerusform>Modifier le texte annulera les %n approbations et renverra la publication en relecture.</numerusform>
        </translation>
    </message>
    <message>
        <source>New post: this brand needs no review.</source>
        <translation>Nouvelle publication&#xa0;: cette marque n’exige aucune relecture.</translation>
    </message>
    <message>
        <source>New post: it needs the reviews below once submitted.</source>
        <translation>Nouvelle publication&#xa0;: les relectures ci-dessous seront nécessaires une fois la publication soumise.</translation>
    </message>
    <message>
        <source>%1 · this brand needs no review</source>
        <translation>%1 · cette marque n’exige aucune relecture</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 reviews given</source>
        <translation>%1 · relectures effectuées&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>%1: %2 approved (%3)</source>
        <translation>%1&#xa0;: %2 a approuvé (%3)</translation>
    </message>
    <message>
        <source>%1: %2 requested changes (%3)</source>
        <translation>%1&#xa0;: %2 a demandé des modifications (%3)</translation>
    </message>
    <message>
        <source>No review yet.</source>
        <translation>Aucune relecture pour l’instant.</translation>
    </message>
    <message>
        <source>Save the edits first: reviews apply to saved content.</source>
        <translation>Enregistrez d’abord les modifications&#xa0;: les relectures portent sur le contenu enregistré.</translation>
    </message>
    <message>
        <source>Reviews are given once the post is submitted.</source>
        <translation>Les relectures sont effectuées une fois la publication soumise.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::ReviewsPage</name>
    <message>
        <source>The medical, legal and regulatory (MLR) reviews a post of this brand needs:</source>
        <translation>Relectures médicale, juridique et réglementaire (MLR) requises pour les publications de cette marque&#xa0;:</translation>
    </message>
    <message>
        <source>%1 review</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Members and their review roles…</source>
        <translation>Membres et rôles de relecture…</translation>
    </message>
    <message>
        <source>No review required: posts of this brand are scheduled directly, without approval.</source>
        <translation>Aucune relecture requise&#xa0;: les publications de cette marque sont programmées directement, sans approbation.</translation>
    </message>
    <message>
        <source>Posts of this brand must be approved by a reviewer for each checked review (%1) before they can be scheduled. Any edit after approval sends the post back to review.</source>
        <translation>Les publications de cette marque doivent être approuvées par un relecteur pour chaque relecture cochée (%1) avant de pouvoir être programmées. Toute modification après approbation renvoie la publication en relecture.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::SafetyTextPage</name>
    <message>
        <source>Appended to every post of this brand, after a blank line: fair balance, mentions légales, a link to the product information. A post without it cannot be submitted.</source>
        <translation>Ajoutées à chaque publication de cette marque, après une ligne vide&#xa0;: informations équilibrées (fair balance), mentions légales, lien vers les informations sur le produit. Une publication sans ces mentions ne peut pas être soumise.</translation>
    </message>
    <message>
        <source>For example: Read the package leaflet. Report side effects to your national agency. Product information: https://…</source>
        <translation>Par exemple&#xa0;: Lisez attentivement la notice. Déclarez tout effet indésirable à votre agence nationale. Informations sur le produit&#xa0;: https://…</translation>
    </message>
    <message>
        <source>No safety text: posts of this brand are published as written.</source>
        <translation>Aucune mention obligatoire&#xa0;: les publications de cette marque sont publiées telles quelles.</translation>
    </message>
    <message numerus="yes">
        <source>Adds %n character(s) to each post (the text and the blank line before it).</source>
        <translation>
            <numerusform>Ajoute %n caractère à chaque publication (le texte et la ligne vide qui le précède).</numerusform>
            <numerusform>Ajoute %n caractères à chaque publication (le texte et la ligne vide qui le précède).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::SavedRepliesDialog</name>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Réponses enregistrées</translation>
    </message>
    <message>
        <source>Placeholders filled when the reply is used: %1. {name} is the author&apos;s name, or their handle when they show no name; {product} is the first product the message names; {agent} is you.</source>
        <translation>Champs remplis automatiquement quand la réponse est utilisée&#xa0;: %1. {name} est le nom de l’auteur, ou son identifiant s’il n’affiche pas de nom&#xa0;; {product} est le premier produit cité dans le message&#xa0;; {agent}, c’est vous.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete saved reply</source>
        <translation>Supprimer la réponse enregistrée</translation>
    </message>
    <message>
        <source>Delete the saved reply “%1”?</source>
        <translation>Supprimer la réponse enregistrée «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
</context>
<context>
    <name>vigie::ui::SavedReplyPicker</name>
    <message>
        <source>Insert a saved reply</source>
        <translation>Insérer une réponse enregistrée</translation>
    </message>
    <message>
        <source>Type to filter the saved replies…</source>
        <translation>Filtrer les réponses enregistrées…</translation>
    </message>
    <message>
        <source>No saved reply yet. Use “Manage saved replies” to write the answers you give often, in French and English.</source>
        <translation>Aucune réponse enregistrée pour l’instant. Utilisez «&#xa0;Gérer les réponses enregistrées&#xa0;» pour rédiger les réponses que vous donnez souvent, en français et en anglais.</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <source>Manage saved replies…</source>
        <translation>Gérer les réponses enregistrées…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>vigie::ui::SearchHitDelegate</name>
    <message>
        <source>to %1</source>
        <translation>à %1</translation>
    </message>
</context>
<context>
    <name>vigie::ui::SentimentChart</name>
    <message>
        <source>Sentiment over time</source>
        <translation>Évolution du sentiment</translation>
    </message>
    <message>
        <source>None of your brands was mentioned in this period.</source>
        <translation>Aucune de vos marques n’a été mentionnée sur cette période.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>Never (Sync now only)</source>
        <translation>Jamais (uniquement avec «&#xa0;Synchroniser&#xa0;»)</translation>
    </message>
    <message>
        <source>Vigie reads every connected account this often while the window is open; an account that fails waits longer before the next try.</source>
        <translation>Vigie consulte chaque compte connecté à cet intervalle tant que la fenêtre est ouverte&#xa0;; après un échec, un compte attend plus longtemps avant la tentative suivante.</translation>
    </message>
    <message>
        <source>Check the inbox every:</source>
        <translation>Consulter la boîte de réception toutes les&#xa0;:</translation>
    </message>
</context>
<context>
    <name>vigie::ui::ShareOfVoiceChart</name>
    <message>
        <source>Share of voice</source>
        <translation>Part de voix</translation>
    </message>
    <message>
        <source>%1 (competitor)</source>
        <translation>%1 (concurrent)</translation>
    </message>
    <message>
        <source>No brand was mentioned in this period.</source>
        <translation>Aucune marque n’a été mentionnée sur cette période.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::ThreadEditor</name>
    <message>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>The main text is the first part. Add parts to publish them as replies to it, in order.</source>
        <translation>Le texte principal constitue la première partie. Ajoutez des parties pour les publier, dans l’ordre, en réponse à celui-ci.</translation>
    </message>
    <message>
        <source>Add a part</source>
        <translation>Ajouter une partie</translation>
    </message>
    <message>
        <source>First comment</source>
        <translation>Premier commentaire</translation>
    </message>
    <message>
        <source>Published as a reply right after the post (links, sources, hashtags).</source>
        <translation>Publié en réponse juste après la publication (liens, sources, hashtags).</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>vigie::ui::ThreadView</name>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme traitée</translation>
    </message>
    <message>
        <source>Mark pending</source>
        <translation>Mettre en attente</translation>
    </message>
    <message>
        <source>Waiting for someone else (a colleague, the safety department)</source>
        <translation>En attente d’une autre personne (un collègue, le service de pharmacovigilance)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Marquer comme non lue</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Rédigez une réponse…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Return)</source>
        <translation>Envoyer la réponse (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Send this reply again</source>
        <translation>Renvoyer cette réponse</translation>
    </message>
    <message>
        <source>See it on the network</source>
        <translation>Voir sur le réseau</translation>
    </message>
    <message>
        <source>Nothing left to do here; the next conversation opens (E)</source>
        <translation>Plus rien à faire ici&#xa0;; la conversation suivante s’ouvre (E)</translation>
    </message>
    <message>
        <source>A message here may describe an adverse event. It is in the pharmacovigilance queue: read it carefully and report it if it does.</source>
        <translation>Un message de cette conversation pourrait décrire un effet indésirable. Il figure dans la file de tri de pharmacovigilance&#xa0;: lisez-le attentivement et déclarez-le si c’est le cas.</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Ouvrir le cas</translation>
    </message>
    <message>
        <source>Open the newest flagged message&apos;s case in the triage queue</source>
        <translation>Ouvrir dans la file de tri le cas du message signalé le plus récent</translation>
    </message>
    <message>
        <source>Reply (R); Ctrl+Return sends, Esc leaves the box</source>
        <translation>Réponse (R)&#xa0;; Ctrl+Entrée envoie, Échap quitte le champ</translation>
    </message>
    <message>
        <source>Saved replies…</source>
        <translation>Réponses enregistrées…</translation>
    </message>
    <message>
        <source>Insert a saved reply with the author&apos;s name filled in (Ctrl+Shift+R)</source>
        <translation>Insérer une réponse enregistrée, nom de l’auteur déjà rempli (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>assignée à %1</translation>
    </message>
    <message>
        <source>Hide on %1</source>
        <translation>Masquer sur %1</translation>
    </message>
    <message>
        <source>Hide the selected comment on %1; the team still sees it here</source>
        <translation>Masquer le commentaire sélectionné sur %1&#xa0;; l’équipe le voit toujours ici</translation>
    </message>
    <message>
        <source>Delete on %1</source>
        <translation>Supprimer sur %1</translation>
    </message>
    <message>
        <source>Delete the selected reply of ours on %1; the team still sees it here</source>
        <translation>Supprimer sur %1 notre réponse sélectionnée&#xa0;; l’équipe la voit toujours ici</translation>
    </message>
</context>
<context>
    <name>vigie::ui::TokenConnectPage</name>
    <message>
        <source>Sign in with the browser</source>
        <translation>Se connecter via le navigateur</translation>
    </message>
    <message>
        <source>Vigie opens X&apos;s sign-in page in your browser. Approve access there, then come back: Vigie keeps the tokens in the system keychain and renews them itself.</source>
        <translation>Vigie ouvre la page de connexion de X dans votre navigateur. Autorisez-y l’accès, puis revenez ici&#xa0;: Vigie conserve les jetons dans le trousseau du système et les renouvelle lui-même.</translation>
    </message>
    <message>
        <source>Paste tokens</source>
        <translation>Coller les jetons</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Jeton d’actualisation</translation>
    </message>
    <message>
        <source>OAuth 2.0 client id of your X app</source>
        <translation>Identifiant client OAuth 2.0 de votre application X</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Identifiant client&#xa0;:</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Jeton d’accès&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>Jeton d’actualisation&#xa0;:</translation>
    </message>
    <message>
        <source>Tokens and client id of your app in the X developer portal (User authentication: OAuth 2.0, type Native App, scopes tweet.read, tweet.write, tweet.moderate.write, users.read, media.write and offline.access).</source>
        <translation>Jetons et identifiant client de votre application dans le portail développeur de X (User authentication&#xa0;: OAuth 2.0, type Native App, autorisations tweet.read, tweet.write, tweet.moderate.write, users.read, media.write et offline.access).</translation>
    </message>
    <message>
        <source>Optional: found from the token</source>
        <translation>Facultatif&#xa0;: déduit du jeton</translation>
    </message>
    <message>
        <source>Page access token</source>
        <translation>Jeton d’accès de la Page</translation>
    </message>
    <message>
        <source>Page id:</source>
        <translation>Identifiant de la Page&#xa0;:</translation>
    </message>
    <message>
        <source>Page token:</source>
        <translation>Jeton de la Page&#xa0;:</translation>
    </message>
    <message>
        <source>In Meta Business Suite, open Business settings › Users › System users, give a system user the Page, then generate a token for your app with the pages_manage_posts, pages_read_engagement and pages_manage_engagement permissions. It does not expire.</source>
        <translation>Dans Meta Business Suite, ouvrez Paramètres de l’entreprise › Utilisateurs › Utilisateurs système, attribuez la Page à un utilisateur système, puis générez un jeton pour votre application avec les autorisations pages_manage_posts, pages_read_engagement et pages_manage_engagement. Ce jeton n’expire pas.</translation>
    </message>
    <message>
        <source>Instagram account id:</source>
        <translation>Identifiant du compte Instagram&#xa0;:</translation>
    </message>
    <message>
        <source>Instagram professional accounts are reached through their Facebook Page: in Meta Business Suite (Business settings › Users › System users), generate a token for the linked Page with the instagram_basic, instagram_content_publish and instagram_manage_comments permissions.</source>
        <translation>Les comptes professionnels Instagram sont accessibles via leur Page Facebook&#xa0;: dans Meta Business Suite (Paramètres de l’entreprise › Utilisateurs › Utilisateurs système), générez un jeton pour la Page liée avec les autorisations instagram_basic, instagram_content_publish et instagram_manage_comments.</translation>
    </message>
    <message>
        <source>2414183 or urn:li:organization:2414183</source>
        <translation>2414183 ou urn:li:organization:2414183</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Token expires on:</source>
        <translation>Expiration du jeton&#xa0;:</translation>
    </message>
    <message>
        <source>In the LinkedIn developer portal (My apps › your app › Auth › OAuth 2.0 tools), create a token for an administrator of the page with the w_organization_social and r_organization_social scopes. It lasts 60 days: Vigie warns you two weeks before.</source>
        <translation>Dans le portail développeur de LinkedIn (My apps › votre application › Auth › OAuth 2.0 tools), créez un jeton pour un administrateur de la page avec les autorisations w_organization_social et r_organization_social. Il est valable 60 jours&#xa0;: Vigie vous prévient deux semaines avant son expiration.</translation>
    </message>
    <message>
        <source>Sign in with the browser (not available in this build yet)</source>
        <translation>Se connecter via le navigateur (pas encore disponible dans cette version)</translation>
    </message>
    <message>
        <source>Enter the client id of your X app: the browser sign-in asks X with it.</source>
        <translation>Saisissez l’identifiant client de votre application X&#xa0;: la connexion via le navigateur s’en sert auprès de X.</translation>
    </message>
    <message>
        <source>Paste the access token first.</source>
        <translation>Collez d’abord le jeton d’accès.</translation>
    </message>
    <message>
        <source>Paste the refresh token too: without it, X stops accepting the access token after two hours.</source>
        <translation>Collez aussi le jeton d’actualisation&#xa0;: sans lui, X cesse d’accepter le jeton d’accès au bout de deux heures.</translation>
    </message>
    <message>
        <source>Enter the client id of the X app that issued the tokens: Vigie needs it to renew them.</source>
        <translation>Saisissez l’identifiant client de l’application X qui a émis les jetons&#xa0;: Vigie en a besoin pour les renouveler.</translation>
    </message>
    <message>
        <source>Enter the organization&apos;s number, as in its page&apos;s admin address (linkedin.com/company/2414183/admin) or urn:li:organization:2414183.</source>
        <translation>Saisissez le numéro de l’organisation, tel qu’il figure dans l’adresse d’administration de sa page (linkedin.com/company/2414183/admin) ou sous la forme urn:li:organization:2414183.</translation>
    </message>
    <message>
        <source>A Page id is a number; leave it empty to use the Page the token belongs to.</source>
        <translation>L’identifiant d’une Page est un nombre&#xa0;; laissez le champ vide pour utiliser la Page à laquelle appartient le jeton.</translation>
    </message>
    <message>
        <source>An Instagram account id is a number; leave it empty to use the account linked to the token&apos;s Page.</source>
        <translation>L’identifiant d’un compte Instagram est un nombre&#xa0;; laissez le champ vide pour utiliser le compte lié à la Page du jeton.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::TopProductsChart</name>
    <message>
        <source>Top products mentioned</source>
        <translation>Produits les plus mentionnés</translation>
    </message>
    <message>
        <source>No product was named in this period.</source>
        <translation>Aucun produit n’a été cité sur cette période.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::TopSourcesChart</name>
    <message>
        <source>Top sources</source>
        <translation>Principales sources</translation>
    </message>
    <message>
        <source>No mention came from a source in this period.</source>
        <translation>Aucune mention ne provient d’une source sur cette période.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::TrayNotifier</name>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <source>Vigie could not publish on %1</source>
        <translation>Vigie n’a pas pu publier sur %1</translation>
    </message>
    <message>
        <source>Vigie cannot tell whether a post went out on %1</source>
        <translation>Vigie ne sait pas si une publication a été diffusée sur %1</translation>
    </message>
    <message>
        <source>Post %1: %2</source>
        <translation>Publication %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vigie::ui::TriagePane</name>
    <message>
        <source>No possible adverse event waits for review.</source>
        <translation>Aucun effet indésirable possible n’attend d’examen.</translation>
    </message>
    <message>
        <source>No confirmed case yet.</source>
        <translation>Aucun cas confirmé pour l’instant.</translation>
    </message>
    <message>
        <source>No dismissed case.</source>
        <translation>Aucun cas écarté.</translation>
    </message>
    <message>
        <source>No case is overdue.</source>
        <translation>Aucun cas en retard.</translation>
    </message>
    <message>
        <source>Export list (CSV)…</source>
        <translation>Exporter la liste (CSV)…</translation>
    </message>
    <message>
        <source>Every case of this tab in one CSV file for the safety department</source>
        <translation>Tous les cas de cet onglet dans un seul fichier CSV pour le service de pharmacovigilance</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Select a case to read it and decide.</source>
        <translation>Sélectionnez un cas pour le lire et prendre une décision.</translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>Exporter les cas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cases exported to %1.</source>
        <translation>Cas exportés dans %1.</translation>
    </message>
    <message>
        <source>Intake of case %1 saved.</source>
        <translation>Recueil du cas %1 enregistré.</translation>
    </message>
    <message>
        <source>Case %1 marked as submitted to the safety department.</source>
        <translation>Cas %1 marqué comme transmis au service de pharmacovigilance.</translation>
    </message>
    <message>
        <source>To review (%1)</source>
        <translation>À examiner (%1)</translation>
    </message>
    <message>
        <source>Confirmed (%1)</source>
        <translation>Confirmés (%1)</translation>
    </message>
    <message>
        <source>Dismissed (%1)</source>
        <translation>Écartés (%1)</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>En retard (%1)</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Aucune base de données n’est ouverte.</translation>
    </message>
    <message>
        <source>Case %1 confirmed: fill in its intake.</source>
        <translation>Cas %1 confirmé&#xa0;: complétez son recueil.</translation>
    </message>
    <message>
        <source>Case %1 dismissed: %2.</source>
        <translation>Cas %1 écarté&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Reopen case %1</source>
        <translation>Rouvrir le cas %1</translation>
    </message>
    <message>
        <source>Why does this case go back to the queue?</source>
        <translation>Pourquoi ce cas revient-il dans la file de tri&#xa0;?</translation>
    </message>
    <message>
        <source>Case %1 is back in the queue.</source>
        <translation>Le cas %1 est de retour dans la file de tri.</translation>
    </message>
    <message>
        <source>Export case as PDF</source>
        <translation>Exporter le cas en PDF</translation>
    </message>
    <message>
        <source>Export case as CSV</source>
        <translation>Exporter le cas en CSV</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Case %1 exported to %2.</source>
        <translation>Cas %1 exporté dans %2.</translation>
    </message>
    <message>
        <source>Select a case first.</source>
        <translation>Sélectionnez d’abord un cas.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::WeekView</name>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
</context>
</TS>
