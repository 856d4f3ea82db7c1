#pragma once

#include "cli/command.h"
#include "core/status.h"
#include "core/types.h"

#include <functional>
#include <optional>

namespace vigie {
class ListeningRepository;
}

namespace vigie {
namespace cli {

// vigie listening queries|add-query|remove-query|feeds|add-feed|remove-feed: the listening set-up
// (what the collector searches for and which RSS/Atom feeds it reads), the same rules as the
// set-up dialog since both go through ListeningRepository.
class ListeningCommand final : public Command
{
    // tr() in member functions uses this context, the one lupdate files their strings under.
    Q_DECLARE_TR_FUNCTIONS(vigie::cli::ListeningCommand)

public:
    QString name() const override { return QStringLiteral("listening"); }
    QString summary() const override;
    int run(const QStringList &args, Io io) override;

private:
    int queries(const QStringList &args, Io io);
    int addQuery(const QStringList &args, Io io);
    int removeQuery(const QStringList &args, Io io);
    int feeds(const QStringList &args, Io io);
    int addFeed(const QStringList &args, Io io);
    int removeFeed(const QStringList &args, Io io);
    // remove-query and remove-feed: the same steps on a different kind of row.
    struct RemoveSpec
    {
        QString sub, description, idHelp, missingId, notFound, removed;
        std::function<std::optional<QPair<Id, QString>>(ListeningRepository &, Id)> find; // workspace, name
        std::function<Status(ListeningRepository &, Id)> remove;
    };
    int removeItem(const QStringList &args, Io io, const RemoveSpec &spec);
};

} // namespace cli
} // namespace vigie
