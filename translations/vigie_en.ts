<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountService</name>
    <message numerus="yes">
        <source>The %1 token for %2 expires in %n day(s): reconnect the account before %3.</source>
        <translation>
            <numerusform>The %1 token for %2 expires in %n day: reconnect the account before %3.</numerusform>
            <numerusform>The %1 token for %2 expires in %n days: reconnect the account before %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelLength</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long for %1 by %n character(s): shorten it, or give this channel its own shorter text.</source>
        <translation>
            <numerusform>Too long for %1 by %n character: shorten it, or give this channel its own shorter text.</numerusform>
            <numerusform>Too long for %1 by %n characters: shorten it, or give this channel its own shorter text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListeningCollector</name>
    <message numerus="yes">
        <source>%n post(s) could not be read: %1</source>
        <translation>
            <numerusform>%n post could not be read: %1</numerusform>
            <numerusform>%n posts could not be read: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaFit</name>
    <message numerus="yes">
        <source>%1 takes at most %n file(s) per post: remove some, or this channel.</source>
        <translation>
            <numerusform>%1 takes at most %n file per post: remove some, or this channel.</numerusform>
            <numerusform>%1 takes at most %n files per post: remove some, or this channel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VariantPublication</name>
    <message numerus="yes">
        <source>%1 had not published it %n minute(s) after its time, so Vigie withdrew it from %1’s schedule. Check the page, then schedule it again.</source>
        <translation>
            <numerusform>%1 had not published it %n minute after its time, so Vigie withdrew it from %1’s schedule. Check the page, then schedule it again.</numerusform>
            <numerusform>%1 had not published it %n minutes after its time, so Vigie withdrew it from %1’s schedule. Check the page, then schedule it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::CrisisText</name>
    <message numerus="yes">
        <source>%n mentions today, usually about %1</source>
        <translation>
            <numerusform>%n mention today, usually about %1</numerusform>
            <numerusform>%n mentions today, usually about %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions on %1, usually about %2</source>
        <translation>
            <numerusform>%n mention on %1, usually about %2</numerusform>
            <numerusform>%n mentions on %1, usually about %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions today</source>
        <translation>
            <numerusform>%n mention today</numerusform>
            <numerusform>%n mentions today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions on %1</source>
        <translation>
            <numerusform>%n mention on %1</numerusform>
            <numerusform>%n mentions on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::cli</name>
    <message numerus="yes">
        <source>Imported %n post(s).</source>
        <translation>
            <numerusform>Imported %n post.</numerusform>
            <numerusform>Imported %n posts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) published</source>
        <translation>
            <numerusform>%n variant published</numerusform>
            <numerusform>%n variants published</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to retry</source>
        <translation>
            <numerusform>%n to retry</numerusform>
            <numerusform>%n to retry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unconfirmed</source>
        <translation>
            <numerusform>%n unconfirmed</numerusform>
            <numerusform>%n unconfirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>vigie classify: %n line(s) could not be read.</source>
        <translation>
            <numerusform>vigie classify: %n line could not be read.</numerusform>
            <numerusform>vigie classify: %n lines could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: figures of %n post(s) read</source>
        <translation>
            <numerusform>%1: figures of %n post read</numerusform>
            <numerusform>%1: figures of %n posts read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new mention(s) in %2 read</source>
        <translation>
            <numerusform>%1: %n new mention in %2 read</numerusform>
            <numerusform>%1: %n new mentions in %2 read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new mention(s); %1 sources, %2 failed.</source>
        <translation>
            <numerusform>%n new mention; %1 sources, %2 failed.</numerusform>
            <numerusform>%n new mentions; %1 sources, %2 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n comment(s)</source>
        <translation>
            <numerusform>Imported %n comment</numerusform>
            <numerusform>Imported %n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already in the inbox)</source>
        <translation>
            <numerusform> (%n already in the inbox)</numerusform>
            <numerusform> (%n already in the inbox)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged as possible adverse event(s).</source>
        <translation>
            <numerusform>%n flagged as a possible adverse event.</numerusform>
            <numerusform>%n flagged as possible adverse events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::cli::ManualCommand</name>
    <message numerus="yes">
        <source>%n post(s) to publish by hand; then: vigie manual published VARIANT_ID --url URL</source>
        <translation>
            <numerusform>%n post to publish by hand; then: vigie manual published VARIANT_ID --url URL</numerusform>
            <numerusform>%n posts to publish by hand; then: vigie manual published VARIANT_ID --url URL</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::AccountNotice</name>
    <message numerus="yes">
        <source>Expires in %n day(s) — reconnect before %1</source>
        <translation>
            <numerusform>Expires in %n day — reconnect before %1</numerusform>
            <numerusform>Expires in %n days — reconnect before %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::AlertSettingsPage</name>
    <message numerus="yes">
        <source> mention(s)</source>
        <translation>
            <numerusform> mention</numerusform>
            <numerusform> mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::ChannelTextPage</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::ClaimsPage</name>
    <message numerus="yes">
        <source>Removed %n phrase(s).</source>
        <translation>
            <numerusform>Removed %n phrase.</numerusform>
            <numerusform>Removed %n phrases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::CommentImportDialog</name>
    <message numerus="yes">
        <source>%n comment(s) ready to import.</source>
        <translation>
            <numerusform>%n comment ready to import.</numerusform>
            <numerusform>%n comments ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct: nothing will be imported until the whole file is correct.</source>
        <translation>
            <numerusform>%n problem to correct: nothing will be imported until the whole file is correct.</numerusform>
            <numerusform>%n problems to correct: nothing will be imported until the whole file is correct.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) in the inbox</source>
        <translation>
            <numerusform>%n new comment in the inbox</numerusform>
            <numerusform>%n new comments in the inbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already there)</source>
        <translation>
            <numerusform> (%n already there)</numerusform>
            <numerusform> (%n already there)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged as possible adverse event(s), each with a case to review.</source>
        <translation>
            <numerusform>%n flagged as a possible adverse event, with a case to review.</numerusform>
            <numerusform>%n flagged as possible adverse events, each with a case to review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::ComposerDialog</name>
    <message numerus="yes">
        <source>Publish now to %n channel(s)?</source>
        <translation>
            <numerusform>Publish now to %n channel?</numerusform>
            <numerusform>Publish now to %n channels?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::ConversationDelegate</name>
    <message numerus="yes">
        <source>%1 · %n message(s)</source>
        <translation>
            <numerusform>%1 · %n message</numerusform>
            <numerusform>%1 · %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::CrisisBanner</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::ImportScheduleDialog</name>
    <message numerus="yes">
        <source>%n post(s) ready to import.</source>
        <translation>
            <numerusform>%n post ready to import.</numerusform>
            <numerusform>%n posts ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 line(s) to correct before importing: nothing will be imported until every line is correct.</source>
        <translation>
            <numerusform>%n of %1 line to correct before importing: nothing will be imported until every line is correct.</numerusform>
            <numerusform>%n of %1 lines to correct before importing: nothing will be imported until every line is correct.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::InboxDelivery</name>
    <message numerus="yes">
        <source>%n new message(s), then: %1</source>
        <translation>
            <numerusform>%n new message, then: %1</numerusform>
            <numerusform>%n new messages, then: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::InboxPane</name>
    <message numerus="yes">
        <source>Syncing %n account(s)… %1 of %n done.</source>
        <translation>
            <numerusform>Syncing %n account… %1 of %n done.</numerusform>
            <numerusform>Syncing %n accounts… %1 of %n done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n account(s)…</source>
        <translation>
            <numerusform>Syncing %n account…</numerusform>
            <numerusform>Syncing %n accounts…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::ListeningHub</name>
    <message numerus="yes">
        <source>%n source(s) failed, including %1: %2</source>
        <translation>
            <numerusform>%n source failed (%1): %2</numerusform>
            <numerusform>%n sources failed, including %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n case(s) past the reporting deadline</source>
        <translation>
            <numerusform>%n case past the reporting deadline</numerusform>
            <numerusform>%n cases past the reporting deadline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::ManualPostDialog</name>
    <message numerus="yes">
        <source>%n media file(s) opened: attach them to the post.</source>
        <translation>
            <numerusform>%n media file opened: attach it to the post.</numerusform>
            <numerusform>%n media files opened: attach them to the post.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::MentionListDialog</name>
    <message numerus="yes">
        <source>The %n newest mentions; scroll down for more.</source>
        <translation>
            <numerusform>The newest mention; scroll down for more.</numerusform>
            <numerusform>The %n newest mentions; scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s), newest first.</source>
        <translation>
            <numerusform>%n mention.</numerusform>
            <numerusform>%n mentions, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::PollEditor</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::ProductsPage</name>
    <message numerus="yes">
        <source>Imported %n product(s) from %1. Save keeps them; Cancel undoes the import.</source>
        <translation>
            <numerusform>Imported %n product from %1. Save keeps it; Cancel undoes the import.</numerusform>
            <numerusform>Imported %n products from %1. Save keeps them; Cancel undoes the import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n product(s) to %1.</source>
        <translation>
            <numerusform>Exported %n product to %1.</numerusform>
            <numerusform>Exported %n products to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::ReviewPanel</name>
    <message numerus="yes">
        <source>Saving will void the %n approval(s): the post goes back to review.</source>
        <translation>
            <numerusform>Saving will void %n approval: the post goes back to review.</numerusform>
            <numerusform>Saving will void the %n approvals: the post goes back to review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Editing the text will void the %n approval(s) and send the post back to review.</source>
        <translation>
            <numerusform>Editing the text will void %n approval and send the post back to review.</numerusform>
            <numerusform>Editing the text will void the %n approvals and send the post back to review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::SafetyTextPage</name>
    <message numerus="yes">
        <source>Adds %n character(s) to each post (the text and the blank line before it).</source>
        <translation>
            <numerusform>Adds %n character to each post (the text and the blank line before it).</numerusform>
            <numerusform>Adds %n characters to each post (the text and the blank line before it).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::ThreadView</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
</TS>
