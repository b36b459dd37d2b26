// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Sample documents for screenshots and the layout check of the documents-* screens: what a
// tray holds after a visit to two portals (a certificate with a link, an extract without one,
// a page printed to PDF). Made with PlainPdf, in memory like any portal document.
#pragma once

namespace Mist {

class DocumentTray;

void addSampleDocuments(DocumentTray &tray);

} // namespace Mist
