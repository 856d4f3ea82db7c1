#include "inbox/replytemplate.h"

#include <QRegularExpression>

namespace vigie {

ReplyContext ReplyContext::forMessage(const Message &message, const QString &brand, const QString &agent)
{
    ReplyContext context;
    context.authorName = message.authorName.trimmed();
    context.authorHandle = message.authorHandle.trimmed();
    context.brand = brand;
    context.agent = agent;
    for (const EvidenceSpan &span : message.evidence) {
        if (span.kind != EvidenceKind::Product)
            continue;
        context.product = span.text.isEmpty() ? message.body.mid(span.start, span.length) : span.text;
        context.product = context.product.trimmed();
        if (!context.product.isEmpty())
            break;
    }
    return context;
}

QStringList ReplyTemplate::knownPlaceholders()
{
    return {QStringLiteral("{name}"), QStringLiteral("{handle}"), QStringLiteral("{brand}"),
            QStringLiteral("{product}"), QStringLiteral("{agent}")};
}

FilledReply ReplyTemplate::fill(const QString &body, const ReplyContext &context)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}\\s]{1,40})\\}"));
    FilledReply filled;
    QString out;
    out.reserve(body.size() + 32);
    qsizetype last = 0;
    auto it = placeholder.globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(body).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString key = match.captured(1).toLower();
        QString value;
        bool known = true;
        if (key == QLatin1String("name"))
            value = context.authorName.isEmpty() ? context.authorHandle : context.authorName;
        else if (key == QLatin1String("handle"))
            value = context.authorHandle;
        else if (key == QLatin1String("brand"))
            value = context.brand;
        else if (key == QLatin1String("product"))
            value = context.product;
        else if (key == QLatin1String("agent"))
            value = context.agent;
        else
            known = false;
        const QString written = match.captured(0);
        if (!known) {
            if (!filled.unknown.contains(written))
                filled.unknown << written;
            out += written;
        } else if (value.trimmed().isEmpty()) {
            if (!filled.unfilled.contains(written))
                filled.unfilled << written;
            out += written;
        } else {
            out += value.trimmed();
        }
    }
    out += QStringView(body).mid(last);
    filled.text = out;
    return filled;
}

QString ReplyTemplate::describeProblems(const FilledReply &filled)
{
    QStringList parts;
    if (!filled.unknown.isEmpty())
        parts << tr("Vigie does not know %1: replace it before sending.")
                     .arg(filled.unknown.join(QStringLiteral(", ")));
    if (!filled.unfilled.isEmpty())
        parts << tr("Nothing to fill %1 with in this conversation: replace it before sending.")
                     .arg(filled.unfilled.join(QStringLiteral(", ")));
    return parts.join(QLatin1Char(' '));
}

} // namespace vigie
