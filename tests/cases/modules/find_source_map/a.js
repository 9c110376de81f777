module.exports = 1;
console.log('a');
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjogMywgImZpbGUiOiAiYS5qcyIsICJzb3VyY2VzIjogWyJhLnRzIl0sICJuYW1lcyI6IFtdLCAibWFwcGluZ3MiOiAiQUFBQTtBQUNBIn0=
