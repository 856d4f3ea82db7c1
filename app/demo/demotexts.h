#pragma once

// Phrase banks the demo generator writes its French and English content from. The content is
// data, not user interface: it is not translated.
#include "demo/demoworld.h"

#include <span>

namespace vigie {
namespace demo {

struct Phrase
{
    Area area; // Any, or the only area the phrase makes sense for
    const char *text;
};
using Phrases = std::span<const Phrase>;

struct Bank
{
    Phrases fr;
    Phrases en;
};

// A phrase of bank in the language, fitting area (phrases for Any always fit), and containing
// mustContain when given and the bank has such a phrase.
QString pickPhrase(DemoRandom &rng, const Bank &bank, bool french, Area area,
                   const char *mustContain = nullptr);

// --- Posts (demoposttexts.cpp) ---
struct PostIdea
{
    int brand; // BrandIndex, or -1 for the laboratory itself
    bool french;
    const char *body;
    const char *shortBody; // for X and Bluesky when body is too long; nullptr = cut body
};
std::span<const PostIdea> postIdeas();
struct DraftIdea
{
    int brand; // BrandIndex, or -1 for the laboratory itself
    const char *body;
};
std::span<const DraftIdea> draftIdeas();
QString instagramHashtags(BrandIndex brand);

// --- Inbox (demoinboxtexts.cpp) ---
enum class InboxTopic {
    Question,            // neutral: dose, availability, pregnancy…
    Praise,              // positive
    Complaint,           // negative, no health effect (stock, price, packaging)
    AdverseEvent,        // negative and describes a side effect: flagged
    EffectNoAdverse,     // mentions effects only to deny them or ask about them: not flagged
    Chat,                // neutral small talk
    Crisis,              // the batch-recall rumour about Hélidol Ibu
    ProfessionalTalk,    // Sermo: a cardiologist's question or feedback
    ProfessionalAdverse, // Sermo: a cardiologist reports a side effect
};
const Bank &inboxOpening(InboxTopic topic, bool directMessage);
// Someone else joining the conversation; adverse: they had the same reaction.
const Bank &communityReply(InboxTopic topic, bool adverse);
// The person who opened the conversation writes again, after the team answered or while waiting.
const Bank &authorFollowUp(bool answered);
const Bank &brandReply(InboxTopic topic);
std::span<const char *const> communityManagers();

// --- Mentions (demomentiontexts.cpp) ---
enum class MentionTone { Positive, Neutral, Negative, Adverse, Crisis, Campaign };
const Bank &mentionBank(MentionTone tone);
const Bank &feedHeadlines(Sentiment tone);
QString feedTitle(DemoRandom &rng, bool french, Area area);
// text with what people put at the end of a message in that mood (an emoji, "mdr", a hashtag),
// unless it already ends with an emoji.
QString withTrailingEmoji(DemoRandom &rng, const QString &text, Sentiment mood, Area area, bool french);
// "Perso, " / "Honestly, " in front of text, when text starts with a plain word.
QString withOpener(DemoRandom &rng, const QString &text, bool french);

// --- People (demopeople.cpp) ---
struct Person
{
    QString handle;
    QString name;
    QString firstName;
};
Person makePerson(DemoRandom &rng, bool french, Network network);
Person makeProfessional(DemoRandom &rng);

} // namespace demo
} // namespace vigie
