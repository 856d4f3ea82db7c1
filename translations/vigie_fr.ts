<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>La diffusion a commencé : cette publication ne peut plus être déplacée.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Database error: %1</source>
        <translation>Erreur de base de données : %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Vigie database (%2).</source>
        <translation>%1 n’est pas une base de données Vigie (%2).</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Vigie (schema version %1; this version reads up to %2). Update Vigie to open it; it was left unchanged.</source>
        <translation>Cette base de données a été enregistrée par une version plus récente de Vigie (version de schéma %1 ; cette version lit jusqu’à la version %2). Mettez Vigie à jour pour l’ouvrir ; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Cannot start a transaction to upgrade the database.</source>
        <translation>Impossible de démarrer une transaction pour mettre à jour la base de données.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>Échec de la mise à jour de la base de données vers la version %1 : %2</translation>
    </message>
    <message>
        <source>No transaction is active.</source>
        <translation>Aucune transaction n’est active.</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Échec de l’enregistrement : %1</translation>
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
    <name>PostEditor</name>
    <message>
        <source>This post no longer exists.</source>
        <translation>Cette publication n’existe plus.</translation>
    </message>
    <message>
        <source>This post is %1: publishing has started, so it can no longer be changed.</source>
        <translation>Cette publication est à l’état « %1 » : sa diffusion a commencé, elle ne peut donc plus être modifiée.</translation>
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
        <translation>Cette publication est à l’état « %1 » : donnez-lui une date, sinon elle ne pourra pas être publiée.</translation>
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
        <translation>Un canal choisi n’est plus connecté : décochez-le.</translation>
    </message>
    <message>
        <source>Write the text for %1, or use the main text.</source>
        <translation>Rédigez le texte pour %1 ou utilisez le texte principal.</translation>
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
        <translation>Cette publication ne peut pas être déplacée : elle est à l’état « %1 ».</translation>
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
</context>
<context>
    <name>vigie::CalendarController</name>
    <message>
        <source>The draft could not be created: %1</source>
        <translation>Impossible de créer le brouillon : %1</translation>
    </message>
</context>
<context>
    <name>vigie::ConversationListModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
</context>
<context>
    <name>vigie::InboxController</name>
    <message>
        <source>Reply saved; it will be sent when an account for this network is connected.</source>
        <translation>Réponse enregistrée ; elle sera envoyée dès qu’un compte de ce réseau sera connecté.</translation>
    </message>
    <message>
        <source>This status cannot be set.</source>
        <translation>Impossible d’appliquer ce statut.</translation>
    </message>
</context>
<context>
    <name>vigie::MentionVolumeModel</name>
    <message>
        <source>%1, %2 — mentions: %3</source>
        <translation>%1, %2 — mentions : %3</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
</context>
<context>
    <name>vigie::SentimentModel</name>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2 : %3</translation>
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
        <source>d MMM</source>
        <extracomment>Date format of chart axis labels (day and abbreviated month); see QDate::toString</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Semaine %1 : %2 – %3</translation>
    </message>
</context>
<context>
    <name>vigie::ShareOfVoiceModel</name>
    <message>
        <source>%1%</source>
        <comment>whole percent of the mentions</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 — mentions: %2 (%3% of the period)</source>
        <translation>%1 — mentions : %2 (%3 % de la période)</translation>
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
</context>
<context>
    <name>vigie::ThreadMessagesModel</name>
    <message>
        <source>possible adverse event</source>
        <translation>effet indésirable possible</translation>
    </message>
</context>
<context>
    <name>vigie::TopProductsModel</name>
    <message>
        <source>%1 — mentions: %2</source>
        <translation>%1 — mentions : %2</translation>
    </message>
    <message>
        <source>%1 (%2) — mentions: %3</source>
        <translation>%1 (%2) — mentions : %3</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
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
        <translation>Utilisation : vigie [--db PATH] [--demo] [--lang fr|en]
              vigie COMMANDE [OPTIONS]

Sans commande, Vigie ouvre sa fenêtre.
  --db PATH     ouvrir la base de données d’espace de travail située à PATH
  --demo        ouvrir l’espace de démonstration (créé au besoin)
  --lang fr|en  langue de l’interface pour cette session

Commandes :
</translation>
    </message>
    <message>
        <source>Run &apos;vigie COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Lancez « vigie COMMANDE --help » pour afficher les options d’une commande.</translation>
    </message>
    <message>
        <source>vigie: unknown command &apos;%1&apos;.</source>
        <translation>vigie : commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>vigie: %1</source>
        <translation>vigie : %1</translation>
    </message>
    <message>
        <source>Try &apos;vigie %1 --help&apos;.</source>
        <translation>Essayez « vigie %1 --help ».</translation>
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
        <translation>vigie demo : l’option --out PATH est obligatoire.</translation>
    </message>
    <message>
        <source>vigie demo: --seed takes a whole number.</source>
        <translation>vigie demo : --seed attend un nombre entier.</translation>
    </message>
    <message>
        <source>vigie demo: --today takes a date as YYYY-MM-DD.</source>
        <translation>vigie demo : --today attend une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>vigie demo: %1</source>
        <translation>vigie demo : %1</translation>
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
        <translation>vigie init : argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>vigie init: unknown timezone &apos;%1&apos;.</source>
        <translation>vigie init : fuseau horaire inconnu « %1 ».</translation>
    </message>
    <message>
        <source>vigie init: %1</source>
        <translation>vigie init : %1</translation>
    </message>
    <message>
        <source>%1 already holds the workspace &quot;%2&quot;; nothing changed.</source>
        <translation>%1 contient déjà l’espace de travail « %2 » ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Created the workspace &quot;%1&quot; in %2.</source>
        <translation>Espace de travail « %1 » créé dans %2.</translation>
    </message>
    <message>
        <source>show how many rows each table holds</source>
        <translation>afficher le nombre de lignes de chaque table</translation>
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
        <translation>vigie stats : aucune base de données à l’emplacement %1 (créez-en une avec « vigie init »).</translation>
    </message>
    <message>
        <source>vigie stats: %1</source>
        <translation>vigie stats : %1</translation>
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
        <translation>Cette base de données contient déjà un espace de travail ; la démo ne s’écrit que dans une base vide.</translation>
    </message>
    <message>
        <source>%1 already exists; the demo is written to a new file.</source>
        <translation>%1 existe déjà ; la démo ne s’écrit que dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>Cannot move the generated demo to %1.</source>
        <translation>Impossible de déplacer la démo générée vers %1.</translation>
    </message>
    <message>
        <source>%1 holds a workspace that is not a demo; it was left unchanged. Choose another file for the demo.</source>
        <translation>%1 contient un espace de travail qui n’est pas une démo ; il n’a pas été modifié. Choisissez un autre fichier pour la démo.</translation>
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
        <translation>Essayez « vigie --help ».</translation>
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
    <name>vigie::ui::AnalyticsPane</name>
    <message>
        <source>No mentions in this period. Choose another period or add listening sources.</source>
        <translation>Aucune mention sur cette période. Choisissez une autre période ou ajoutez des sources d’écoute.</translation>
    </message>
    <message>
        <source>Mentions in this period: %1</source>
        <translation>Mentions sur la période : %1</translation>
    </message>
</context>
<context>
    <name>vigie::ui::CalendarPane</name>
    <message>
        <source>Connect an account to publish: your posts are planned here.</source>
        <translation>Connectez un compte pour publier : vos publications sont planifiées ici.</translation>
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
        <translation>Fuseau horaire : %1</translation>
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
</context>
<context>
    <name>vigie::ui::ComposerDialog</name>
    <message>
        <source>No date yet</source>
        <translation>Pas encore de date</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>Marque :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>No account is connected yet. Save the post as a draft; choose its channels once an account is connected.</source>
        <translation>Aucun compte n’est encore connecté. Enregistrez la publication comme brouillon ; vous choisirez ses canaux une fois un compte connecté.</translation>
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
        <translation>Cette publication comporte des modifications non enregistrées. Voulez-vous les enregistrer ?</translation>
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
        <translation>La date de fin a été déplacée au %1 : une période ne peut pas se terminer avant d’avoir commencé.</translation>
    </message>
    <message>
        <source>The start date was moved to %1: a period cannot start after it ends.</source>
        <translation>La date de début a été déplacée au %1 : une période ne peut pas commencer après sa fin.</translation>
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
        <source>No conversation matches these filters.</source>
        <translation>Aucune conversation ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No conversations yet. Connect an account to bring comments, mentions and messages here.</source>
        <translation>Aucune conversation pour l’instant. Connectez un compte pour réunir ici commentaires, mentions et messages.</translation>
    </message>
    <message>
        <source>No conversations yet. New comments, mentions and messages from your connected accounts will appear here.</source>
        <translation>Aucune conversation pour l’instant. Les nouveaux commentaires, mentions et messages de vos comptes connectés apparaîtront ici.</translation>
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
        <translation>&lt;b&gt;Vigie %1&lt;/b&gt;&lt;p&gt;Gestion de communautés pour les marques de santé : calendrier éditorial avec validation médicale, juridique et réglementaire, boîte de réception unifiée avec repérage des effets indésirables et analyses d’écoute sociale.&lt;/p&gt;</translation>
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
</context>
<context>
    <name>vigie::ui::MessageBubbleDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
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
    <name>vigie::ui::SentimentChart</name>
    <message>
        <source>Sentiment over time</source>
        <translation>Évolution du sentiment</translation>
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
        <translation>Langue de l’interface :</translation>
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
        <source>A message here may describe an adverse event. Read it carefully and report it to pharmacovigilance if it does.</source>
        <translation>Un message de cette conversation pourrait décrire un effet indésirable. Lisez-le attentivement et, le cas échéant, signalez-le à la pharmacovigilance.</translation>
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
</context>
<context>
    <name>vigie::ui::TopProductsChart</name>
    <message>
        <source>Top products mentioned</source>
        <translation>Produits les plus mentionnés</translation>
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
