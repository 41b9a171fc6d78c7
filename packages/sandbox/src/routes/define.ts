import type { Handler } from "../http/operation";
import type { OperationId } from "../http/operations";

/** Registers the handler of one operation; each routes module takes one and defines its own. */
export type Define = <Op extends OperationId>(operationId: Op, handler: Handler<Op>) => void;
