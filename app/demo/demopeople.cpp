// Invented people who write to the brands, with handles shaped like each network's.
#include "demo/demotexts.h"

namespace vigie {
namespace demo {

namespace {

const char *const kFirstNamesFr[] = {
    "Marie",  "Julien",  "Camille",  "Sophie", "Nicolas",  "Léa",    "Thomas",  "Manon",
    "Karim",  "Chloé",   "Antoine",  "Inès",   "Hugo",     "Sarah",  "Mathieu", "Émilie",
    "Yanis",  "Claire",  "Lucas",    "Nadia",  "Pauline",  "Romain", "Aurélie", "Mehdi",
    "Océane", "Bastien", "Sandrine", "Éric",   "Fatou",    "Gaëlle", "Vincent", "Laetitia",
    "Kévin",  "Margaux", "Sylvie",   "Théo",   "Amandine", "Rachid", "Justine", "Patrick",
};

const char *const kLastNamesFr[] = {
    "Martin",  "Bernard", "Dubois",   "Thomas",   "Robert", "Petit",  "Durand",  "Leroy",
    "Moreau",  "Simon",   "Laurent",  "Lefèvre",  "Michel", "Garcia", "David",   "Bertrand",
    "Roux",    "Vincent", "Fournier", "Morel",    "Girard", "André",  "Mercier", "Dupont",
    "Lambert", "Bonnet",  "François", "Martinez", "Benali", "Nguyen",
};

const char *const kFirstNamesEn[] = {
    "Emma",  "Jake",   "Olivia", "Liam", "Sophie", "Noah", "Grace", "Ethan", "Chloe", "Ryan",
    "Megan", "Daniel", "Hannah", "Sam",  "Priya",  "Tom",  "Aisha", "Ben",   "Laura", "Chris",
};

const char *const kLastNamesEn[] = {
    "Smith", "Jones",  "Taylor", "Brown",  "Wilson", "Evans", "Walker", "Wright", "Green", "Hall",
    "Wood",  "Clarke", "Patel",  "Hughes", "Murphy", "Kelly", "Reid",   "Shaw",   "Mills", "Knight",
};

// The ends people give their handles ("marie_run", "julien69").
const char *const kHandleEndsFr[] = {"run",   "zen",    "lyon",  "69", "13",   "75", "maman", "off", "bzh",
                                     "dusud", "nature", "photo", "2b", "tlse", "_",  "88",    "v2",  "bio"};
const char *const kHandleEndsEn[] = {"runs",   "uk",     "93", "official", "xo",
                                     "writes", "london", "_",  "07",       "fit"};

const char *const kMastodonInstances[] = {"mastodon.social", "piaille.fr", "mamot.fr", "framapiaf.org",
                                          "mastodon.online"};

const char *const kSpecialties[] = {"Cardiologue", "Cardiologue", "Généraliste", "Interne_cardio",
                                    "Gériatre"};
const char *const kCities[] = {"Lyon", "Paris", "Nantes", "Lille", "Bordeaux", "Rennes", "Grenoble", "Nice"};

template<size_t N> QString pickText(DemoRandom &rng, const char *const (&items)[N])
{
    return QString::fromUtf8(items[rng.below(int(N))]);
}

// Lower-case ASCII for handles: "Aurélie" -> "aurelie".
QString handlePart(const QString &text)
{
    QString result;
    for (QChar c : hastyTyping(text)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            result += c;
    }
    return result;
}

QString baseHandle(DemoRandom &rng, bool french, const QString &first, const QString &last)
{
    const QString f = handlePart(first);
    const QString l = handlePart(last);
    const QString end = french ? pickText(rng, kHandleEndsFr) : pickText(rng, kHandleEndsEn);
    switch (rng.below(6)) {
    case 0:
        return f + QLatin1Char('.') + l.left(3);
    case 1:
        return f + QLatin1Char('_') + l;
    case 2:
        return f + (end == QLatin1String("_") ? QStringLiteral("_") + l.left(1) : end);
    case 3:
        return f.left(2) + f.left(2) + QLatin1Char('_') + end; // "soso_run"
    case 4:
        return f + l.left(1) + QString::number(rng.between(1, 99));
    default:
        return l + QLatin1Char('.') + f;
    }
}

} // namespace

Person makePerson(DemoRandom &rng, bool french, Network network)
{
    const QString first = french ? pickText(rng, kFirstNamesFr) : pickText(rng, kFirstNamesEn);
    const QString last = french ? pickText(rng, kLastNamesFr) : pickText(rng, kLastNamesEn);
    const QString handle = baseHandle(rng, french, first, last);
    Person person;
    person.firstName = first;
    // Display names on the open networks are informal; Facebook and LinkedIn show real names.
    const int style = rng.below(4);
    const QString informal = style == 0   ? first
                             : style == 1 ? first + QLatin1Char(' ') + last.left(1) + QLatin1Char('.')
                             : style == 2 ? first + QLatin1Char(' ') + last
                                          : handle;
    switch (network) {
    case Network::Mastodon:
        person.handle = QLatin1Char('@') + handle + QLatin1Char('@') + pickText(rng, kMastodonInstances);
        person.name = informal;
        break;
    case Network::Bluesky:
        person.handle =
            handle.toLower().replace(QLatin1Char('_'), QLatin1Char('-')) + QStringLiteral(".bsky.social");
        person.name = informal;
        break;
    case Network::X:
        person.handle = QLatin1Char('@') + handle.left(15);
        person.name = informal;
        break;
    case Network::Instagram:
        person.handle = handle;
        person.name = informal;
        break;
    case Network::Facebook:
        person.handle = handlePart(first) + QLatin1Char('.') + handlePart(last) + QLatin1Char('.') +
                        QString::number(rng.between(1, 99));
        person.name = first + QLatin1Char(' ') + last;
        break;
    case Network::LinkedIn:
        person.handle = handlePart(first) + QLatin1Char('-') + handlePart(last) + QLatin1Char('-') +
                        QString::number(rng.between(100, 999));
        person.name = first + QLatin1Char(' ') + last;
        break;
    case Network::Feed:
    case Network::Manual:
    case Network::Unknown:
        person.handle = handle;
        person.name = informal;
        break;
    }
    return person;
}

Person makeProfessional(DemoRandom &rng)
{
    // Sermo members post under pseudonymous handles; the name shows the specialty, not the person.
    Person person;
    const QString last = pickText(rng, kLastNamesFr);
    person.firstName = QStringLiteral("Docteur");
    person.handle = pickText(rng, kSpecialties) + QLatin1Char('_') + pickText(rng, kCities) +
                    QLatin1Char('_') + QString::number(rng.between(10, 99));
    person.name = QStringLiteral("Dr ") + last.left(1) + QStringLiteral(". (") +
                  person.handle.section(QLatin1Char('_'), 0, 0).toLower() + QLatin1Char(')');
    return person;
}

} // namespace demo
} // namespace vigie
