#!/usr/bin/perl
# Runs Chromium as our child and reaps every process it leaves behind (see chromium-reaper.ts).
#
# Why: Chromium's zygote processes (and crashpad handlers) outlive the browser process by a few
# milliseconds on close; the kernel re-parents them to PID 1, and a PID 1 that does not reap (a
# container without an init, a sandbox's process manager) keeps them as zombies. As a "child
# subreaper" (prctl PR_SET_CHILD_SUBREAPER) this wrapper becomes their parent instead, waits for
# all of them, and only then exits, so the harness sees the browser as closed once nothing of it
# is left. Perl because perl-base is Essential on Debian (always installed) and has syscall().
#
# Environment: MS_CHROMIUM_EXECUTABLE (the real Chromium), MS_PRCTL_SYSCALL (prctl's syscall
# number on this architecture). Arguments and inherited descriptors (Playwright's pipe on fds
# 3 and 4) go to Chromium unchanged.
use strict;
use warnings;

my $exe = $ENV{MS_CHROMIUM_EXECUTABLE} or die "chromium-reaper: MS_CHROMIUM_EXECUTABLE is not set\n";
my $prctl = $ENV{MS_PRCTL_SYSCALL} or die "chromium-reaper: MS_PRCTL_SYSCALL is not set\n";
delete @ENV{qw(MS_CHROMIUM_EXECUTABLE MS_PRCTL_SYSCALL)};
# PR_SET_CHILD_SUBREAPER = 36. Without it we still wait for Chromium itself, as before.
syscall($prctl + 0, 36, 1, 0, 0, 0) == 0 or warn "chromium-reaper: cannot become a subreaper: $!\n";

my $browser = fork();
die "chromium-reaper: fork: $!\n" unless defined $browser;
if ($browser == 0) {
  exec { $exe } $exe, @ARGV;
  die "chromium-reaper: cannot run $exe: $!\n";
}
# Playwright stops the browser by closing it over the pipe, or by SIGKILL to the process group
# (which includes us and Chromium); forward the polite signals in case someone sends them to us.
$SIG{$_} = sub { kill $_[0], $browser } for qw(TERM INT HUP);

my $status = 0;
while ((my $pid = waitpid(-1, 0)) > 0) {
  next unless $pid == $browser;
  $status = $?;
  # Leftovers normally go within milliseconds; never hold up the harness's close for long.
  $SIG{ALRM} = sub { exit(exit_code($status)) };
  alarm 10;
}
exit(exit_code($status));

sub exit_code {
  my ($s) = @_;
  return $s & 127 ? 128 + ($s & 127) : $s >> 8;
}
