/** Process entry point: run the command line and exit with its code. */
import { main } from './main';

process.exitCode = await main(process.argv.slice(2));
