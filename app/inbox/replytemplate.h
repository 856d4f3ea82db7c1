#pragma once

#include "core/types.h"

#include <QCoreApplication>
#include <QStringList>

namespace vigie {

// What a saved reply's placeholders are filled with, for one conversation.
struct ReplyContext
{
    QString authorName;   // the person answered: display name…
    QString authorHandle; // …or handle when there is none
    QString brand;
    QString product; // the first product named in the message (its evidence)
    QString agent;   // who answers (AppContext::actor)

    // The context of answering message: its author and the first product its evidence names.
    static ReplyContext forMessage(const Message &message, const QString &brand, const QString &agent);
};

// A saved reply with its placeholders filled.
struct FilledReply
{
    QString text;
    // Placeholders Vigie does not know ("{prenom}"): left in the text as typed, for the person to
    // replace before sending.
    QStringList unknown;
    // Known placeholders with nothing to put in (no product named): also left as typed.
    QStringList unfilled;

    bool complete() const { return unknown.isEmpty() && unfilled.isEmpty(); }
};

// Fills {name}, {handle}, {brand}, {product} and {agent} in a saved reply's text. Names are read
// case-insensitively ({Name} works); anything else between braces is left exactly as written
// and reported, so nothing half-filled is sent without the person seeing it.
class ReplyTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ReplyTemplate)

public:
    static FilledReply fill(const QString &body, const ReplyContext &context);
    // The placeholders Vigie fills, with braces, in the order the editor lists them.
    static QStringList knownPlaceholders();
    // "{prenom} is not a placeholder Vigie knows; …" for the line under the reply box; empty
    // when the reply is complete.
    static QString describeProblems(const FilledReply &filled);
};

} // namespace vigie
