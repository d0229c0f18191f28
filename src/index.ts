import { tuneHeap } from './heap.js';
import { main } from './main.js';

tuneHeap();
await main();
