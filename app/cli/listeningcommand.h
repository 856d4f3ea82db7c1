#pragma once

#include "cli/command.h"

namespace vigie {
namespace cli {

// vigie listening queries|add-query|remove-query|feeds|add-feed|remove-feed: the listening set-up
// (what the collector searches for and which RSS/Atom feeds it reads), the same rules as the
// set-up dialog since both go through ListeningRepository.
class ListeningCommand final : public Command
{
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
};

} // namespace cli
} // namespace vigie
