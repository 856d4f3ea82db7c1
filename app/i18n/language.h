#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace vigie {

// Interface languages: English (source strings) and French.
QStringList supportedLanguages();
// "fr" or "en": the requested one when supported, else the saved preference, else the system locale.
QString resolveLanguage(const QString &requested = {});
QString savedLanguage();
void saveLanguage(const QString &language);
// Replaces the application's translators with the ones for language (Vigie's and Qt's own).
bool installTranslations(const QString &language);

} // namespace vigie
