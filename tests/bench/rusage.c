/* Run a command and print its wall time, CPU time and peak memory, measured for that process
 * alone: "wall_us user_us sys_us maxrss_kib exit_code". A small C parent keeps its own memory
 * out of the child's max RSS (a forked Python parent would carry its 40 MiB into the figure).
 * Built by tests/bench/bench.py with the system C compiler. */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: rusage COMMAND [ARG...]\n");
        return 2;
    }
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = fork();
    if (pid == 0) {
        execvp(argv[1], argv + 1);
        perror("exec");
        _exit(127);
    }
    int status;
    struct rusage usage;
    wait4(pid, &status, 0, &usage);
    clock_gettime(CLOCK_MONOTONIC, &end);
    long wall = (end.tv_sec - start.tv_sec) * 1000000L + (end.tv_nsec - start.tv_nsec) / 1000;
    long user = usage.ru_utime.tv_sec * 1000000L + usage.ru_utime.tv_usec;
    long sys = usage.ru_stime.tv_sec * 1000000L + usage.ru_stime.tv_usec;
    fprintf(stderr, "\nRUSAGE %ld %ld %ld %ld %d\n", wall, user, sys, usage.ru_maxrss,
            WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
    return 0;
}
