#pragma once

#include "accounts/accountservice.h"
#include "cli/command.h"

class QCommandLineParser;

namespace vigie {

class Database;

namespace cli {

// `vigie account add` beyond Mastodon and Bluesky: the networks connected with tokens pasted
// on standard input (X, Facebook, Instagram, LinkedIn), manual channels (communities without a
// public API), and the refusal for Google+. accountcommand.cpp hands these over here.

// The options these forms add to `vigie account add`.
void addAccountSetupOptions(QCommandLineParser &parser);

// X, Facebook, Instagram and LinkedIn: connected with tokens read from standard input.
bool isTokenNetwork(Network network);
// "googleplus", "google+", "google-plus": a network that closed, named as people type it.
bool isGooglePlus(const QString &networkName);
// Why no Google+ account can be connected, in words.
QString googlePlusClosedMessage();

// Every non-empty line of standard input, trimmed, in order (one secret per line).
QStringList readSecretLinesFromStdin();

// Fills draft (API address, credentials, the network's id for the account) for a token network
// from the options and the secret lines. Returns an empty string, or what is wrong in words.
QString fillTokenDraft(Network network, const QCommandLineParser &parser, const QStringList &secretLines,
                       const QDateTime &now, AccountDraft *draft);

// The brand named (case-insensitive) among the workspace's; *found is false when a name was
// given and no brand has it. 0 when no name is given.
Id brandByName(Database &db, Id workspaceId, const QString &name, bool *found);

// `vigie account add manual --name NAME [--url URL] [--brand NAME] [--professional]`: a channel
// Vigie reminds people to publish on by hand. No secret, nothing in the keychain.
int addManualChannel(const QCommandLineParser &parser, Io io);

} // namespace cli
} // namespace vigie
