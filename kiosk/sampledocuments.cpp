// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "sampledocuments.h"

#include "documents/documenttray.h"
#include "printing/plainpdf.h"

using namespace Qt::StringLiterals;

namespace Mist {

void addSampleDocuments(DocumentTray &tray)
{
    tray.add(PlainPdf::numberedPages(2, u"Pension certificate"_s), u"Довідка про розмір пенсії"_s,
        DocumentTray::Origin::Download, u"https://portal.pfu.gov.ua/documents/sample"_s);
    tray.add(PlainPdf::numberedPages(3, u"Register extract"_s),
        u"Витяг з Державного реєстру речових прав на нерухоме майно"_s,
        DocumentTray::Origin::Download);
    tray.add(PlainPdf::numberedPages(1, u"Receipt"_s), u"Квитанція про сплату"_s,
        DocumentTray::Origin::Print);
}

} // namespace Mist
