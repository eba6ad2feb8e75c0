/*
 * N completers racing to complete one queued uring_cmd: the Promela twin of
 * model/src/main/java/uringcheck/model/toy/Completers.java, used by `uringcheck bench`.
 *
 *   spin -a -DN=8 completers.pml            compare-and-set claim (must hold)
 *   spin -a -DN=8 -DRACY completers.pml     check-then-act claim (violates the assertion)
 *
 * Every statement below is one transition of one completer, exactly as in the Java model, and the
 * state vector (the globals plus each process's program counter) is the Java state field for
 * field. So a search without partial-order reduction (pan compiled with -DNOREDUCE) stores
 * exactly as many states as uringcheck's explorer visits: 3^N + 4N*5^(N-1) for the claim variant.
 * Processes never terminate: each ends blocked at an `end` label, so SPIN adds no process-deletion
 * steps, and no local variables are used, so dead-variable elimination and statement merging change
 * nothing.
 */
#ifndef N
#define N 8
#endif

byte owner = 0;        /* 0: unclaimed; else _pid + 1 of the completer that wrote it */
byte completions = 0;  /* io_uring_cmd_done calls */
byte cqes = 0;         /* CQEs posted */
byte refs = 0;         /* references held on the request */
byte res[N];           /* each completer's computed result */

active [N] proctype completer() {
  res[_pid] = _pid + 1;                                   /* PREPARE */
  refs++;                                                 /* GET */
  if
#ifdef RACY
  :: owner == 0 ->                                        /* CHECK */
     owner = _pid + 1;                                    /* SET_OWNER */
#else
  :: d_step { owner == 0 -> owner = _pid + 1 };           /* CLAIM: compare-and-set */
#endif
     d_step { completions++; assert(completions <= 1) };  /* COMPLETE: io_uring_cmd_done (O1) */
     cqes++                                               /* POST_CQE */
  :: else                                                 /* LOSE */
  fi;
  refs--;                                                 /* PUT */
end:
  false
}
