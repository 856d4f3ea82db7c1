#include "publishing/autosave.h"

#include "publishing/posteditor.h"
#include "storage/autosaverepository.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

namespace vigie {

Status ComposerAutosave::store(const PostEditor &editor)
{
    AutosaveRepository repository(m_db);
    if (!editor.isModified())
        return repository.remove(m_workspaceId, editor.postId());
    AutosaveEntry entry;
    entry.workspaceId = m_workspaceId;
    entry.postId = editor.postId();
    entry.savedAt = m_clock.now();
    entry.payload = QString::fromUtf8(QJsonDocument(editor.editsToJson()).toJson(QJsonDocument::Compact));
    return repository.store(entry);
}

std::optional<ComposerAutosave::Pending> ComposerAutosave::pending(Id postId) const
{
    const auto entry = AutosaveRepository(m_db).find(m_workspaceId, postId);
    if (!entry)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(entry->payload.toUtf8());
    if (!document.isObject())
        return std::nullopt; // unreadable: nothing sensible to offer
    return Pending{entry->savedAt, document.object()};
}

Status ComposerAutosave::discard(Id postId)
{
    return AutosaveRepository(m_db).remove(m_workspaceId, postId);
}

QString ComposerAutosave::restoredMessage(const QDateTime &savedAt, const QDateTime &now,
                                          const QString &timezone)
{
    const QTimeZone zone(timezone.toUtf8());
    const QDateTime local = zone.isValid() ? savedAt.toTimeZone(zone) : savedAt.toLocalTime();
    const QDateTime localNow = zone.isValid() ? now.toTimeZone(zone) : now.toLocalTime();
    const QLocale locale;
    if (local.date() == localNow.date())
        return tr("Restored unsaved text from %1.").arg(local.time().toString(QStringLiteral("HH:mm")));
    return tr("Restored unsaved text from %1.")
        .arg(locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
             local.time().toString(QStringLiteral("HH:mm")));
}

} // namespace vigie
