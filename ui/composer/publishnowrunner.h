#pragma once

#include "core/types.h"
#include "ui/appcontext.h"

#include <QObject>

namespace vigie {
namespace ui {

// What became of one channel of a "publish now".
struct ChannelPublishResult
{
    Id accountId = 0;
    Id variantId = 0;
    PostState state = PostState::Unknown; // Published, Failed or Unconfirmed (or why nothing was tried)
    QString message;                      // in words, with what to do
    QString url;                          // the published post, when there is one
};

// Publishes a stored post's variants now, one account job each (keychain read here, network in
// a worker thread with its own store connection, the variant's state recorded by PublishNow),
// and reports each channel as it ends. The window never waits on the network.
class PublishNowRunner : public QObject
{
    Q_OBJECT

public:
    explicit PublishNowRunner(AppContext context, QObject *parent = nullptr);

    // Starts every variant not yet published; channels already published or unconfirmed are
    // reported at once without a network call, and a manual channel's variant is handed to the
    // person (manualPostReady). Returns the number of channels reported.
    int publish(const Post &post);
    bool isRunning() const { return m_pending > 0; }

    // Words for a stored variant's state ("Published", "Not published: …"), for a post reopened later.
    static ChannelPublishResult describeStored(const PostVariant &variant);

signals:
    void channelFinished(const vigie::ui::ChannelPublishResult &result);
    // A manual channel (no API) is published by the person: its text and media must be shown.
    void manualPostReady(vigie::Id variantId);
    void finished();

private:
    void report(const ChannelPublishResult &result);

    AppContext m_context;
    int m_pending = 0;
};

} // namespace ui
} // namespace vigie

Q_DECLARE_METATYPE(vigie::ui::ChannelPublishResult)
