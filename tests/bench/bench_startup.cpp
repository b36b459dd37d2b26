// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// bench_startup: how long mist-kiosk takes to start and draw its home screen, how much memory
// it needs for that, and how much CPU it burns sitting on the attract screen; each against a
// bare Qt Quick window (bench_bare_window) measured in the same run. See README.md.
//
// It prints figures and never judges them: the exit code is non-zero only when a child process
// fails, because timings on a shared machine are too noisy for a pass/fail threshold.
//
// Plain C++ and POSIX, no Qt: QProcess cannot report a child's peak RSS or CPU time, while
// posix_spawn + wait4 give both, and the driver itself stays out of the way of what it measures.

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Issue 19 raised the first goals (1.5 and 100 MiB) to these.
constexpr double startupRatioGoal = 1.25;
constexpr double peakRssGoalMiB = 80.0;
constexpr double idleCpuGoalPercent = 1.0;
// How long a child gets to exit after SIGTERM; systemd's default stop timeout is far longer,
// but a kiosk that needs more than this to quit has a bug worth seeing.
constexpr auto terminateTimeout = std::chrono::seconds(5);

struct Options
{
    std::string kiosk = MIST_BENCH_KIOSK;
    std::string bare = MIST_BENCH_BARE_WINDOW;
    int runs = 10;
    int idleSeconds = 20;
    int settleSeconds = 5;
    bool verbose = false;
};

// One finished child, as wait4 saw it.
struct RunResult
{
    bool ok = false;
    double wallMs = 0;
    double cpuMs = 0; // user + system
    double peakRssMiB = 0;
};

struct IdleResult
{
    bool ok = false;
    double cpuPercent = 0; // of one core
    double wakeupsPerSecond = 0; // context switches of all threads
};

// The child of the moment, so that an interrupted benchmark (Ctrl+C, a ctest timeout) does not
// leave a kiosk running behind it.
volatile sig_atomic_t g_child = 0;

void onInterrupt(int signal)
{
    if (g_child > 0)
        kill(g_child, SIGKILL);
    _exit(128 + signal);
}

void usage(FILE *out)
{
    std::fprintf(out,
        "Usage: bench_startup [options]\n"
        "Startup time, peak RSS and idle CPU of mist-kiosk against a bare Qt Quick window.\n\n"
        "  --runs N            timed runs of each binary after one warm-up (default 10)\n"
        "  --idle-seconds N    how long to measure idle CPU, 0 to skip (default 20)\n"
        "  --settle-seconds N  wait before measuring idle CPU (default 5)\n"
        "  --kiosk PATH        mist-kiosk to measure (default: the one built with this)\n"
        "  --bare PATH         bench_bare_window to compare with (default: likewise)\n"
        "  --verbose           print every run\n"
        "  --help              this text\n");
}

std::optional<int> parseCount(const char *text, int minimum)
{
    char *end = nullptr;
    errno = 0;
    const long value = std::strtol(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || value < minimum || value > 100000)
        return std::nullopt;
    return static_cast<int>(value);
}

// Returns nullopt after printing the reason; exits for --help.
std::optional<Options> parseOptions(int argc, char **argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const char *value = i + 1 < argc ? argv[i + 1] : nullptr;
        auto needsValue = [&]() {
            if (!value)
                std::fprintf(stderr, "bench_startup: %s needs a value\n", arg.c_str());
            return value != nullptr;
        };
        auto count = [&](int &target, int minimum) {
            if (!needsValue())
                return false;
            const auto parsed = parseCount(value, minimum);
            if (!parsed) {
                std::fprintf(stderr, "bench_startup: %s wants a number >= %d, not \"%s\"\n",
                    arg.c_str(), minimum, value);
                return false;
            }
            target = *parsed;
            ++i;
            return true;
        };
        if (arg == "--help" || arg == "-h") {
            usage(stdout);
            std::exit(0);
        } else if (arg == "--verbose") {
            options.verbose = true;
        } else if (arg == "--runs") {
            if (!count(options.runs, 1))
                return std::nullopt;
        } else if (arg == "--idle-seconds") {
            if (!count(options.idleSeconds, 0))
                return std::nullopt;
        } else if (arg == "--settle-seconds") {
            if (!count(options.settleSeconds, 0))
                return std::nullopt;
        } else if (arg == "--kiosk" || arg == "--bare") {
            if (!needsValue())
                return std::nullopt;
            (arg == "--kiosk" ? options.kiosk : options.bare) = value;
            ++i;
        } else {
            std::fprintf(stderr, "bench_startup: unknown option %s\n", arg.c_str());
            usage(stderr);
            return std::nullopt;
        }
    }
    return options;
}

// A private scratch directory for data, config, cache and the runtime dir, so the kiosk reads
// no user configuration and writes nothing into the user's home. Removed at the end.
class ScratchDir
{
public:
    ScratchDir()
    {
        const char *tmp = std::getenv("TMPDIR");
        std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/mist-bench-XXXXXX";
        if (mkdtemp(pattern.data()))
            m_path = pattern;
    }
    ~ScratchDir()
    {
        std::error_code ignored;
        if (!m_path.empty())
            fs::remove_all(m_path, ignored);
    }
    ScratchDir(const ScratchDir &) = delete;
    ScratchDir &operator=(const ScratchDir &) = delete;

    [[nodiscard]] bool isValid() const { return !m_path.empty(); }
    [[nodiscard]] std::string sub(const std::string &name) const
    {
        const std::string dir = m_path + '/' + name;
        std::error_code ignored;
        fs::create_directories(dir, ignored);
        return dir;
    }

private:
    std::string m_path;
};

// The driver's environment with the variables that decide what a child does replaced: both
// children get the same platform plugin and renderer, and private XDG directories.
std::vector<std::string> childEnvironment(const ScratchDir &scratch)
{
    const std::string runtime = scratch.sub("runtime");
    chmod(runtime.c_str(), 0700); // Qt warns about a runtime dir that others can read
    const std::vector<std::pair<std::string, std::string>> overrides = {
        {"QT_QPA_PLATFORM", "offscreen"},
        {"QT_QUICK_BACKEND", "software"},
        {"XDG_RUNTIME_DIR", runtime},
        {"XDG_CONFIG_HOME", scratch.sub("config")},
        {"XDG_DATA_HOME", scratch.sub("share")},
        {"XDG_CACHE_HOME", scratch.sub("cache")},
    };
    std::vector<std::string> env;
    for (char **entry = environ; *entry; ++entry) {
        const std::string_view text(*entry);
        const bool replaced = std::any_of(overrides.begin(), overrides.end(),
            [&](const auto &o) { return text.substr(0, text.find('=')) == o.first; });
        if (!replaced)
            env.emplace_back(text);
    }
    for (const auto &[name, value] : overrides)
        env.push_back(name + '=' + value);
    return env;
}

std::vector<char *> pointers(std::vector<std::string> &strings)
{
    std::vector<char *> result;
    for (std::string &s : strings)
        result.push_back(s.data());
    result.push_back(nullptr);
    return result;
}

// Starts a child with stdout discarded and stderr kept in a file, shown if the child fails
// (both binaries print a line per run that would drown the table).
pid_t spawn(std::vector<std::string> argv, std::vector<std::string> env, const std::string &log)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(
        &actions, STDERR_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<char *> argvPointers = pointers(argv);
    std::vector<char *> envPointers = pointers(env);
    pid_t pid = 0;
    const int error = posix_spawn(
        &pid, argvPointers[0], &actions, nullptr, argvPointers.data(), envPointers.data());
    posix_spawn_file_actions_destroy(&actions);
    if (error != 0) {
        std::fprintf(
            stderr, "bench_startup: cannot start %s: %s\n", argv[0].c_str(), std::strerror(error));
        return -1;
    }
    g_child = pid;
    return pid;
}

pid_t waitChild(pid_t pid, int *status, int flags, rusage *usage)
{
    pid_t result = 0;
    do {
        result = wait4(pid, status, flags, usage);
    } while (result < 0 && errno == EINTR);
    if (result == pid)
        g_child = 0;
    return result;
}

std::string describeStatus(int status)
{
    if (WIFEXITED(status))
        return "exited with code " + std::to_string(WEXITSTATUS(status));
    if (WIFSIGNALED(status))
        return std::string("killed by signal ") + strsignal(WTERMSIG(status));
    return "stopped oddly";
}

void reportFailure(const std::string &what, const std::string &why, const std::string &log)
{
    std::fflush(stdout); // keep the report next to the figures it explains
    std::fprintf(stderr, "bench_startup: %s %s; its stderr:\n", what.c_str(), why.c_str());
    std::ifstream in(log);
    std::string line;
    while (std::getline(in, line))
        std::fprintf(stderr, "    %s\n", line.c_str());
}

double toMs(const timeval &t)
{
    return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0;
}

// One start-to-exit run: wall time from before the spawn to after the reap, CPU time and peak
// RSS from wait4 (ru_maxrss is in KiB on Linux).
RunResult timedRun(const std::string &name, const std::vector<std::string> &argv,
    const std::vector<std::string> &env, const std::string &log)
{
    RunResult result;
    const auto start = Clock::now();
    const pid_t pid = spawn(argv, env, log);
    if (pid < 0)
        return result;
    int status = 0;
    rusage usage {};
    if (waitChild(pid, &status, 0, &usage) != pid) {
        std::fprintf(stderr, "bench_startup: wait4: %s\n", std::strerror(errno));
        return result;
    }
    result.wallMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        reportFailure(name, describeStatus(status), log);
        return result;
    }
    result.ok = true;
    result.cpuMs = toMs(usage.ru_utime) + toMs(usage.ru_stime);
    result.peakRssMiB = double(usage.ru_maxrss) / 1024.0;
    return result;
}

// utime + stime of every thread of the process, in clock ticks (fields 14 and 15 of
// /proc/<pid>/stat, counted after the command name, which may itself contain spaces).
std::optional<unsigned long long> cpuTicks(pid_t pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string text;
    std::getline(in, text);
    const auto paren = text.rfind(')');
    if (paren == std::string::npos)
        return std::nullopt;
    std::istringstream fields(text.substr(paren + 2));
    std::string field;
    unsigned long long utime = 0, stime = 0;
    for (int index = 3; index <= 15 && fields >> field; ++index) {
        if (index == 14)
            utime = std::stoull(field);
        else if (index == 15)
            stime = std::stoull(field);
    }
    return fields ? std::optional(utime + stime) : std::nullopt;
}

// Voluntary and involuntary context switches of every thread: a rough count of wake-ups, which
// shows a timer that fires every second even when it costs too little CPU to notice.
unsigned long long contextSwitches(pid_t pid)
{
    unsigned long long total = 0;
    std::error_code error;
    for (const auto &task :
        fs::directory_iterator("/proc/" + std::to_string(pid) + "/task", error)) {
        std::ifstream in(task.path() / "status");
        std::string line;
        while (std::getline(in, line)) {
            if (line.starts_with("voluntary_ctxt_switches:")
                || line.starts_with("nonvoluntary_ctxt_switches:"))
                total += std::stoull(line.substr(line.find(':') + 1));
        }
    }
    return total;
}

// Sleeps while checking that the child is still there; false if it exited on its own.
bool sleepWhileAlive(pid_t pid, Clock::duration duration, int *status)
{
    const auto end = Clock::now() + duration;
    while (Clock::now() < end) {
        if (waitChild(pid, status, WNOHANG, nullptr) == pid)
            return false;
        std::this_thread::sleep_for(
            std::min<Clock::duration>(end - Clock::now(), std::chrono::milliseconds(250)));
    }
    return true;
}

// SIGTERM, then SIGKILL if it has not gone after terminateTimeout. True if it went cleanly:
// exit code 0, or the default action of SIGTERM.
bool terminate(pid_t pid, const std::string &name, const std::string &log)
{
    kill(pid, SIGTERM);
    int status = 0;
    const auto deadline = Clock::now() + terminateTimeout;
    while (Clock::now() < deadline) {
        if (waitChild(pid, &status, WNOHANG, nullptr) == pid) {
            const bool clean = (WIFEXITED(status) && WEXITSTATUS(status) == 0)
                || (WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);
            if (!clean)
                reportFailure(name, describeStatus(status) + " after SIGTERM", log);
            return clean;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    kill(pid, SIGKILL);
    waitChild(pid, &status, 0, nullptr);
    reportFailure(name, "did not stop within 5 s of SIGTERM and was killed", log);
    return false;
}

IdleResult idleRun(const std::string &name, const std::vector<std::string> &argv,
    const std::vector<std::string> &env, const std::string &log, const Options &options)
{
    IdleResult result;
    const pid_t pid = spawn(argv, env, log);
    if (pid < 0)
        return result;
    int status = 0;
    if (!sleepWhileAlive(pid, std::chrono::seconds(options.settleSeconds), &status)) {
        reportFailure(name, describeStatus(status) + " while settling", log);
        return result;
    }
    const auto ticksBefore = cpuTicks(pid);
    const auto switchesBefore = contextSwitches(pid);
    const auto start = Clock::now();
    if (!sleepWhileAlive(pid, std::chrono::seconds(options.idleSeconds), &status)) {
        reportFailure(name, describeStatus(status) + " while idle", log);
        return result;
    }
    const auto ticksAfter = cpuTicks(pid);
    const auto switchesAfter = contextSwitches(pid);
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (!terminate(pid, name, log) || !ticksBefore || !ticksAfter)
        return result;
    const double cpuSeconds = double(*ticksAfter - *ticksBefore) / double(sysconf(_SC_CLK_TCK));
    result.ok = true;
    result.cpuPercent = 100.0 * cpuSeconds / seconds;
    result.wakeupsPerSecond = double(switchesAfter - switchesBefore) / seconds;
    return result;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

double minimum(const std::vector<double> &values)
{
    return values.empty() ? 0 : *std::min_element(values.begin(), values.end());
}

// The successful runs of one binary.
struct Series
{
    std::vector<double> wallMs, cpuMs, rssMiB;
    int failures = 0;

    void add(const RunResult &run)
    {
        if (!run.ok) {
            ++failures;
            return;
        }
        wallMs.push_back(run.wallMs);
        cpuMs.push_back(run.cpuMs);
        rssMiB.push_back(run.peakRssMiB);
    }
};

const char *verdict(bool met)
{
    return met ? "met" : "NOT met";
}

void printStartup(const Series &bare, const Series &kiosk, int runs)
{
    std::printf("\nStartup: home screen rendered offscreen (software) to a 1920x1080 PNG,\n"
                "%d timed runs of each, alternating, after one warm-up each.\n\n",
        runs);
    std::printf("  %-22s %12s %10s %14s %18s\n", "", "median ms", "min ms", "median CPU ms",
        "median peak RSS MiB");
    auto row = [](const char *name, const Series &s) {
        if (s.wallMs.empty()) {
            std::printf("  %-22s %12s   (all %d runs failed)\n", name, "failed", s.failures);
            return;
        }
        std::printf("  %-22s %12.1f %10.1f %14.1f %18.1f", name, median(s.wallMs),
            minimum(s.wallMs), median(s.cpuMs), median(s.rssMiB));
        if (s.failures)
            std::printf("   (%d runs failed)", s.failures);
        std::printf("\n");
    };
    row("bare Qt Quick window", bare);
    row("mist-kiosk", kiosk);
    if (bare.wallMs.empty() || kiosk.wallMs.empty())
        return;
    const double wallRatio = median(kiosk.wallMs) / median(bare.wallMs);
    std::printf("  %-22s %12.2f %10.2f %14.2f %18.2f\n", "ratio kiosk / bare", wallRatio,
        minimum(kiosk.wallMs) / minimum(bare.wallMs), median(kiosk.cpuMs) / median(bare.cpuMs),
        median(kiosk.rssMiB) / median(bare.rssMiB));
    const double rss = median(kiosk.rssMiB);
    std::printf("\n  goal: startup ratio (median wall) <= %.2f   %5.2f   %s\n", startupRatioGoal,
        wallRatio, verdict(wallRatio <= startupRatioGoal));
    std::printf("  goal: kiosk peak RSS <= %.0f MiB         %5.1f   %s\n", peakRssGoalMiB, rss,
        verdict(rss <= peakRssGoalMiB));
}

void printIdle(const IdleResult &bare, const IdleResult &kiosk, const Options &options)
{
    std::printf("\nIdle: CPU over %d s, after %d s to settle (kiosk on the attract screen).\n\n",
        options.idleSeconds, options.settleSeconds);
    std::printf("  %-22s %18s %18s\n", "", "% of one core", "wake-ups per s");
    auto row = [](const char *name, const IdleResult &r) {
        if (r.ok)
            std::printf("  %-22s %18.2f %18.1f\n", name, r.cpuPercent, r.wakeupsPerSecond);
        else
            std::printf("  %-22s %18s\n", name, "failed");
    };
    row("bare Qt Quick window", bare);
    row("mist-kiosk", kiosk);
    if (kiosk.ok)
        std::printf("\n  goal: kiosk idle CPU <= %.0f %% of a core   %5.2f   %s\n",
            idleCpuGoalPercent, kiosk.cpuPercent, verdict(kiosk.cpuPercent <= idleCpuGoalPercent));
}

} // namespace

int main(int argc, char **argv)
{
    const std::optional<Options> options = parseOptions(argc, argv);
    if (!options)
        return 2;
    for (const std::string &binary : {options->kiosk, options->bare}) {
        if (access(binary.c_str(), X_OK) != 0) {
            std::fprintf(stderr, "bench_startup: %s is not an executable: %s\n", binary.c_str(),
                std::strerror(errno));
            return 2;
        }
    }
    ScratchDir scratch;
    if (!scratch.isValid()) {
        std::fprintf(stderr, "bench_startup: cannot create a scratch directory\n");
        return 2;
    }
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);

    const std::vector<std::string> env = childEnvironment(scratch);
    const std::string shots = scratch.sub("shots");
    const std::string logs = scratch.sub("logs");
    const std::string dataDir = scratch.sub("data");
    const std::vector<std::string> bareShot = {options->bare, "--screenshot", shots + "/bare.png"};
    const std::vector<std::string> kioskShot = {options->kiosk, "--screenshot", shots + "/home.png",
        "--screen", "home", "--data-dir", dataDir};

    std::printf("mist-kiosk:        %s\nbench_bare_window: %s\n", options->kiosk.c_str(),
        options->bare.c_str());

    // The warm-up fills the page cache and the font caches, so the timed runs compare the two
    // binaries rather than the disk. Failures count here too: a broken binary should show.
    Series bare, kiosk;
    bool ok = timedRun("bench_bare_window (warm-up)", bareShot, env, logs + "/bare.log").ok;
    ok = timedRun("mist-kiosk (warm-up)", kioskShot, env, logs + "/kiosk.log").ok && ok;
    for (int i = 0; i < options->runs; ++i) {
        // Alternating spreads the machine's slow moments evenly over both.
        const RunResult b = timedRun("bench_bare_window", bareShot, env, logs + "/bare.log");
        const RunResult k = timedRun("mist-kiosk", kioskShot, env, logs + "/kiosk.log");
        bare.add(b);
        kiosk.add(k);
        if (options->verbose)
            std::printf("  run %2d: bare %7.1f ms %6.1f MiB   kiosk %7.1f ms %6.1f MiB\n", i + 1,
                b.wallMs, b.peakRssMiB, k.wallMs, k.peakRssMiB);
    }
    ok = ok && bare.failures == 0 && kiosk.failures == 0;
    printStartup(bare, kiosk, options->runs);

    if (options->idleSeconds > 0) {
        std::fflush(stdout); // the idle part takes a while: show the startup figures now
        const IdleResult bareIdle = idleRun("bench_bare_window --stay-open",
            {options->bare, "--stay-open"}, env, logs + "/bare-idle.log", *options);
        const IdleResult kioskIdle = idleRun("mist-kiosk --windowed",
            {options->kiosk, "--windowed", "--data-dir", dataDir}, env, logs + "/kiosk-idle.log",
            *options);
        ok = ok && bareIdle.ok && kioskIdle.ok;
        printIdle(bareIdle, kioskIdle, *options);
    }

    std::printf("\nFigures from a single machine at a single moment: compare the kiosk with the\n"
                "baseline above, not with another day's numbers.%s\n",
        ok ? "" : " SOME RUNS FAILED (see above).");
    return ok ? 0 : 1;
}
