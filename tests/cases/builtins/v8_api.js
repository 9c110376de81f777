const v8 = require('v8');
const h = v8.getHeapStatistics();
console.log(Object.keys(h), Object.values(h).every((x) => typeof x === 'number'), h.used_heap_size <= h.total_heap_size, h.total_heap_size < h.heap_size_limit);
const sp = v8.getHeapSpaceStatistics();
console.log(sp.length, sp.map((s) => s.space_name), Object.keys(sp[0]));
console.log(Object.keys(v8.getHeapCodeStatistics()), typeof v8.cachedDataVersionTag(), v8.setFlagsFromString('--harmony'));
try { v8.setFlagsFromString(1); } catch (e) { console.log(e.code, e.message); }
console.log(Object.keys(v8));
const ser = new v8.Serializer();
ser.writeHeader(); ser.writeValue({ a: [1, 'x'] }); ser.writeUint32(300); ser.writeUint64(1, 2); ser.writeDouble(1.5); ser.writeRawBytes(Buffer.from('zz'));
const buf = ser.releaseBuffer();
console.log(buf.toString('hex'), ser.releaseBuffer().length);
const des = new v8.Deserializer(buf);
console.log(des.readHeader(), des.getWireFormatVersion(), des.readValue(), des.readUint32(), des.readUint64(), des.readDouble(), des.readRawBytes(2), des.buffer === buf);
try { ser.writeRawBytes('x'); } catch (e) { console.log(e.name, e.code, e.message); }
class MySer extends v8.Serializer { _writeHostObject(o) { this.writeUint32(7); } }
const m = new MySer(); m._setTreatArrayBufferViewsAsHostObjects(true); m.writeHeader(); m.writeValue(new Uint8Array(2)); console.log(m.releaseBuffer().toString('hex'));
class MyDes extends v8.Deserializer { _readHostObject() { return { host: this.readUint32() }; } }
const md = new MyDes(Buffer.from('ff0f5c07', 'hex')); md.readHeader(); console.log(md.readValue());
const plain = new v8.Serializer(); plain.writeHeader(); plain.writeValue(new Uint16Array([1, 2])); const pb = plain.releaseBuffer(); console.log(pb.toString('hex'));
const pd = new v8.Deserializer(pb); pd.readHeader(); console.log(pd.readValue());
const t = new v8.Serializer(); const ab = new ArrayBuffer(4); t.transferArrayBuffer(1, ab); t.writeHeader(); t.writeValue([ab]); const tb = t.releaseBuffer(); console.log(tb.toString('hex'));
const td = new v8.Deserializer(tb); const ab2 = new ArrayBuffer(4); td.transferArrayBuffer(1, ab2); td.readHeader(); console.log(td.readValue()[0] === ab2);
console.log(typeof v8.promiseHooks.onInit, typeof new v8.GCProfiler().start);
console.log(Object.keys(v8.startupSnapshot), v8.startupSnapshot.isBuildingSnapshot());
try { v8.startupSnapshot.addSerializeCallback(() => {}); } catch (e) { console.log(e.stack.split('\n')[0], e.code, e.name); }
try { v8.queryObjects(5); } catch (e) { console.log(e.stack.split('\n')[0], e.code); }
console.log(typeof v8.takeCoverage, typeof v8.stopCoverage, Object.keys(v8.promiseHooks));
const gp = new v8.GCProfiler(); console.log(gp.stop()); gp.start(); const prof = gp.stop(); console.log(Object.keys(prof), prof.version, Array.isArray(prof.statistics));
try { v8.setHeapSnapshotNearHeapLimit(0); } catch (e) { console.log(e.code, e.message); }
