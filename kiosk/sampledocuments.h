// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Sample documents for screenshots and the layout check of the documents-* screens: what a
// tray holds after a visit to two portals (a certificate with a link, an extract without one,
// a page printed to PDF). Made with PlainPdf, in memory like any portal document.
#pragma once

namespace Mist {

class DocumentTray;

class ScanDesk;

void addSampleDocuments(DocumentTray &tray);
// A scanned page for the scan-preview screen: a grey A4 letter at 100 dpi, drawn (no text, so
// it looks the same in every language).
void addSampleScan(ScanDesk &desk);

} // namespace Mist
