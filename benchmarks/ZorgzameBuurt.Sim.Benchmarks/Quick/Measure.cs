using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim.Benchmarks.Quick;

/// <summary>Timing and memory helpers for the quick runs (no BenchmarkDotNet; best-of-N blocks to shrug off noise).</summary>
public static class Measure
{
    /// <summary>Seconds per tick of the fastest block, by wall clock and by the calling thread's CPU time.</summary>
    public readonly record struct Timing(double Wall, double Cpu);

    /// <summary>
    /// Runs <paramref name="tick"/> in blocks of <paramref name="ticksPerBlock"/>; returns the fastest block's seconds per
    /// tick by wall clock and by this thread's CPU time. On a shared machine the CPU time of a single-threaded run is
    /// the steadier measure (time the thread waited for a core is not counted); for a multi-threaded run only the
    /// wall clock means anything.
    /// </summary>
    public static Timing Best(Action tick, int ticksPerBlock, int blocks)
    {
        var wall = double.MaxValue;
        var cpu = double.MaxValue;
        for (var b = 0; b < blocks; b++)
        {
            var c0 = ThreadCpuSeconds();
            var sw = Stopwatch.StartNew();
            for (var t = 0; t < ticksPerBlock; t++) tick();
            wall = Math.Min(wall, sw.Elapsed.TotalSeconds / ticksPerBlock);
            cpu = Math.Min(cpu, (ThreadCpuSeconds() - c0) / ticksPerBlock);
        }
        return new Timing(wall, cpu > 0 ? cpu : wall);
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static bool _noThreadClock;

    /// <summary>CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID); the wall clock where that is unavailable.</summary>
    public static double ThreadCpuSeconds()
    {
        if (!_noThreadClock && OperatingSystem.IsLinux())
        {
            try
            {
                if (ClockGetTime(3, out var t) == 0) return t.Seconds + t.Nanoseconds * 1e-9;
            }
            catch (DllNotFoundException)
            {
            }
            catch (EntryPointNotFoundException)
            {
            }
            _noThreadClock = true;
        }
        return Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;
    }

    /// <summary>The 1-minute load average (Linux), to judge how shared the machine was.</summary>
    public static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    /// <summary>Managed heap growth (bytes, after full collections) caused by building what <paramref name="build"/> returns.</summary>
    public static (long Bytes, T Value) Retained<T>(Func<T> build)
    {
        FullCollect();
        var before = GC.GetTotalMemory(true);
        var value = build();
        FullCollect();
        var after = GC.GetTotalMemory(true);
        return (after - before, value);
    }

    public static void FullCollect()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>Bytes allocated on the managed heap (all threads) per call of <paramref name="tick"/>, over <paramref name="ticks"/> calls.</summary>
    public static double AllocatedPerTick(Action tick, int ticks)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var t = 0; t < ticks; t++) tick();
        return (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)ticks;
    }

    /// <summary>What the world's own arrays hold: resident arrays, tie arenas and indexes, message buffers.</summary>
    public sealed record Accounting(long ResidentArrayBytes, long TieStoreBytes, long HalfEdges, long HalfEdgeCapacity, long MessageBytes)
    {
        public long Total => ResidentArrayBytes + TieStoreBytes + MessageBytes;
    }

    public static Accounting Account(World w)
    {
        var residents = ArrayBytes(w.Residents);
        long ties = 0, edges = 0, capacity = 0, messages = 0;
        foreach (var b in w.Blocks)
        {
            residents += ArrayBytes(b);
            ties += b.Ties.Bytes;
            edges += b.Ties.LiveEdges;
            capacity += b.Ties.Capacity;
            messages += b.Outbox.Bytes + b.Replies.Bytes + b.Late.Sum(m => m.Bytes) + b.LatePrevious.Sum(m => m.Bytes);
        }
        return new Accounting(residents, ties, edges, capacity, messages + w.MessageBytes);
    }

    /// <summary>Bytes of the value arrays an object holds in its properties (the census, a block's state).</summary>
    private static long ArrayBytes(object owner)
    {
        long bytes = 0;
        foreach (var prop in owner.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            if (prop.GetValue(owner) is Array a && a.GetType().GetElementType()!.IsValueType)
                bytes += (long)a.Length * ElementSize(a.GetType().GetElementType()!);
        return bytes;
    }

    private static int ElementSize(Type t) => t == typeof(bool) ? 1 : t.IsEnum ? Marshal.SizeOf(Enum.GetUnderlyingType(t)) : Marshal.SizeOf(t);

    public static string Machine()
    {
        var cpu = "unknown CPU";
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (line is not null) cpu = line[(line.IndexOf(':') + 1)..].Trim();
        }
        catch (IOException)
        {
        }
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return $"{cpu}, {Environment.ProcessorCount} logical cores, {memory:F0} GiB, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";
    }

    public static string Rate(double residentDaysPerSecond) =>
        residentDaysPerSecond >= 1e6 ? $"{residentDaysPerSecond / 1e6:F2} M" : $"{residentDaysPerSecond / 1e3:F0} k";

    /// <summary>Contacts counted so far (all blocks).</summary>
    public static long ContactsSoFar(World w)
    {
        var c = new Counters();
        foreach (var b in w.Blocks) b.Counters.AddTo(c);
        return c.Contacts;
    }
}
