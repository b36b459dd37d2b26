// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Waiting until a window's scene has stopped moving, for `--screenshot` and `--check-layout`:
// both must see what a citizen sees once the screen is up, not a frame half laid out.
#pragma once

class QQuickWindow;

namespace Mist {

// Layouts, loaders and bindings settle over a few turns of the event loop and a frame (a frame
// polishes the layouts; it is drawn as on a screen, and no picture is copied out of it). How
// many turns depends on the machine: a busy one incubates delegates later, and a list whose
// delegates change height after creation (a day title that appears) moves its rows one polish
// later. So this turns until nothing moves between two frames, at most 20 times.
void settleWindow(QQuickWindow &window);

} // namespace Mist
