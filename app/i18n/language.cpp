#include "i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace vigie {

namespace {
QPointer<QTranslator> g_vigieTranslator;
QPointer<QTranslator> g_qtTranslator;
const QString kLanguageKey = QStringLiteral("ui/language");
} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString savedLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

void saveLanguage(const QString &language)
{
    QSettings().setValue(kLanguageKey, language);
}

QString resolveLanguage(const QString &requested)
{
    if (supportedLanguages().contains(requested))
        return requested;
    const QString saved = savedLanguage();
    if (supportedLanguages().contains(saved))
        return saved;
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

bool installTranslations(const QString &language)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return false;
    for (QTranslator *old : {g_vigieTranslator.data(), g_qtTranslator.data()}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    const QLocale locale(language == QLatin1String("fr") ? QLocale::French : QLocale::English);
    QLocale::setDefault(locale);
    // English source strings need only their plural forms, French everything.
    g_vigieTranslator = new QTranslator(app);
    if (!g_vigieTranslator->load(QStringLiteral(":/i18n/vigie_%1.qm").arg(language))) {
        delete g_vigieTranslator;
        return false;
    }
    QCoreApplication::installTranslator(g_vigieTranslator);
    // Qt's own strings (standard buttons, dialogs) when the system ships them.
    g_qtTranslator = new QTranslator(app);
    if (g_qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qtTranslator);
    else
        delete g_qtTranslator;
    return true;
}

} // namespace vigie
